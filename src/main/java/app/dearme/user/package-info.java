/**
 * User accounts and profiles; the base product module every other one may read.
 */
@ApplicationModule(allowedDependencies = {"platform::*"})
package app.dearme.user;

import org.springframework.modulith.ApplicationModule;
