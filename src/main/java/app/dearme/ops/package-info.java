/**
 * The operator page and its read-only queries.
 */
@ApplicationModule(allowedDependencies = {"ai", "diary", "user", "platform::*", "vocabulary"})
package app.dearme.ops;

import org.springframework.modulith.ApplicationModule;
