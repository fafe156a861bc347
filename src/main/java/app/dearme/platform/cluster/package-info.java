/** Platform API "cluster", published to the product modules (Spring Modulith named interface). */
@NamedInterface("cluster")
package app.dearme.platform.cluster;

import org.springframework.modulith.NamedInterface;
