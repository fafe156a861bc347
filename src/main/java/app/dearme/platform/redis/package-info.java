/** Published so the ops page can report whether the shared Redis is configured and reachable (issue 16). */
@NamedInterface("redis")
package app.dearme.platform.redis;

import org.springframework.modulith.NamedInterface;
