/**
 * Cross-cutting infrastructure (security, errors, jobs, idempotency, rate limits, SSE, caches, database routing). It
 * depends on no other module: product modules use the sub-packages published as named interfaces; {@code health} and
 * {@code redis} stay internal. Modules report their own health through Actuator health indicators (issue 17).
 */
@ApplicationModule(allowedDependencies = {})
package app.dearme.platform;

import org.springframework.modulith.ApplicationModule;
