/**
 * Diaries and their statistics; publishes diary events that mental, persona and notification react to.
 */
@ApplicationModule(allowedDependencies = {"ai", "user", "platform::*", "vocabulary"})
package app.dearme.diary;

import org.springframework.modulith.ApplicationModule;
