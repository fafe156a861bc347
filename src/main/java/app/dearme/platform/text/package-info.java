/** Platform API "text", published to the product modules (Spring Modulith named interface). */
@NamedInterface("text")
package app.dearme.platform.text;

import org.springframework.modulith.NamedInterface;
