/** Platform API "ratelimit", published to the product modules (Spring Modulith named interface). */
@NamedInterface("ratelimit")
package app.dearme.platform.ratelimit;

import org.springframework.modulith.NamedInterface;
