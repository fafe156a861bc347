/**
 * Persona chat: turn admission, streaming replies, chat history; reads persona, diary and mental context and counts
 * messages against the plan's daily limit.
 */
@ApplicationModule(allowedDependencies = {"ai", "diary", "mental", "persona", "subscription", "user", "platform::*", "vocabulary"})
package app.dearme.chat;

import org.springframework.modulith.ApplicationModule;
