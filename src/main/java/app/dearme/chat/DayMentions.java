package app.dearme.chat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "오늘 뭐 했어?" has no topic word for full-text retrieval to match, yet it plainly points at one diary: the
 * one of that day. Finds a relative day in a chat message (오늘, 어제, 그저께/그제) so the reply context can lead
 * with that date's diary.
 */
final class DayMentions {

    private static final Pattern DAY = Pattern.compile("(엊그제|그저께|그제|어제|오늘)");

    private DayMentions() {
    }

    /** The day the message refers to, relative to {@code today} in the diary owner's zone; the first mention wins. */
    static Optional<LocalDate> in(String message, LocalDate today) {
        if (message == null) {
            return Optional.empty();
        }
        Matcher m = DAY.matcher(message);
        if (!m.find()) {
            return Optional.empty();
        }
        int daysBack = switch (m.group(1)) {
            case "오늘" -> 0;
            case "어제" -> 1;
            default -> 2;
        };
        return Optional.of(today.minusDays(daysBack));
    }
}
