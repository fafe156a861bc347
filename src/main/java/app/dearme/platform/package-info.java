/**
 * Cross-cutting infrastructure (security, errors, jobs, idempotency, rate limits, SSE, caches, database routing). It
 * depends on no other module: product modules use the sub-packages published as named interfaces; {@code health} stays
 * internal. Its only dependency is the shared vocabulary (a problem lists an enum's wire values). Modules report their own health through Actuator health indicators (issue 17).
 */
@ApplicationModule(allowedDependencies = {"vocabulary"})
package app.dearme.platform;

import org.springframework.modulith.ApplicationModule;
