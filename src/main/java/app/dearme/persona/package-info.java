/**
 * Personas built from diaries (style profile, milestones) and shared with friends.
 */
@ApplicationModule(allowedDependencies = {"ai", "diary", "friend", "notification", "user", "platform::*", "vocabulary"})
package app.dearme.persona;

import org.springframework.modulith.ApplicationModule;
