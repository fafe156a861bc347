/** Platform API "cache", published to the product modules (Spring Modulith named interface). */
@NamedInterface("cache")
package app.dearme.platform.cache;

import org.springframework.modulith.NamedInterface;
