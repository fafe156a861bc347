/**
 * Quizzes about a persona, generated from diaries.
 */
@ApplicationModule(allowedDependencies = {"ai", "diary", "notification", "persona", "platform::*", "vocabulary"})
package app.dearme.quiz;

import org.springframework.modulith.ApplicationModule;
