/**
 * User accounts and profiles; the base product module every other one may read.
 */
@ApplicationModule(allowedDependencies = {"platform::*", "vocabulary"})
package app.dearme.user;

import org.springframework.modulith.ApplicationModule;
