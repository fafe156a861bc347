/** Platform API "jobs", published to the product modules (Spring Modulith named interface). */
@NamedInterface("jobs")
package app.dearme.platform.jobs;

import org.springframework.modulith.NamedInterface;
