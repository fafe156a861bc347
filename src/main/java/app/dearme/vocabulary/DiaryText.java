package app.dearme.vocabulary;

import java.time.LocalDate;

/**
 * A diary's text as the diary module publishes it to readers outside it (the AI engines, chat retrieval). Lives in
 * the shared vocabulary so diary owns its contract without depending on the ai module. mood/weather may be null.
 */
public record DiaryText(long id, LocalDate date, String title, String content, Mood mood, Weather weather) {
}
