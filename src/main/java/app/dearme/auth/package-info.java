/**
 * Sign-up, login, sessions, tokens and lockout, on top of the user module's accounts.
 */
@ApplicationModule(allowedDependencies = {"user", "platform::*", "vocabulary"})
package app.dearme.auth;

import org.springframework.modulith.ApplicationModule;
