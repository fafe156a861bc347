/** Platform API "error", published to the product modules (Spring Modulith named interface). */
@NamedInterface("error")
package app.dearme.platform.error;

import org.springframework.modulith.NamedInterface;
