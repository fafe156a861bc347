package app.dearme.ai;

import java.time.LocalDate;

/** A diary as the AI engines see it. mood/weather are SPEC §15 keys or null. */
public record DiaryText(long id, LocalDate date, String title, String content, String mood, String weather) {
}
