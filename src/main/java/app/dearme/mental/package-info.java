/**
 * Mental analysis of diaries, trends and weekly/monthly reports (jobs).
 */
@ApplicationModule(allowedDependencies = {"ai", "diary", "notification", "user", "platform::*", "vocabulary"})
package app.dearme.mental;

import org.springframework.modulith.ApplicationModule;
