/** Platform API "config", published to the product modules (Spring Modulith named interface). */
@NamedInterface("config")
package app.dearme.platform.config;

import org.springframework.modulith.NamedInterface;
