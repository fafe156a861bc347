/** Platform API "web", published to the product modules (Spring Modulith named interface). */
@NamedInterface("web")
package app.dearme.platform.web;

import org.springframework.modulith.NamedInterface;
