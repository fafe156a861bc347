/** Published to every module (issue 17). */
@NamedInterface("retry")
package app.dearme.platform.retry;

import org.springframework.modulith.NamedInterface;
