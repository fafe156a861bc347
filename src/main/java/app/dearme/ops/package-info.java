/**
 * The operator page and its read-only queries.
 */
@ApplicationModule(allowedDependencies = {"ai", "user", "platform::*"})
package app.dearme.ops;

import org.springframework.modulith.ApplicationModule;
