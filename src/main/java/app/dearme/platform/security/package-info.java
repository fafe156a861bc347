/** Platform API "security", published to the product modules (Spring Modulith named interface). */
@NamedInterface("security")
package app.dearme.platform.security;

import org.springframework.modulith.NamedInterface;
