/**
 * Quizzes about a persona, generated from diaries.
 */
@ApplicationModule(allowedDependencies = {"ai", "diary", "notification", "persona", "platform::*"})
package app.dearme.quiz;

import org.springframework.modulith.ApplicationModule;
