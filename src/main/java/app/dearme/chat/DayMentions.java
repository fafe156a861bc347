package app.dearme.chat;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "오늘 뭐 했어?" or "지난주 어땠어?" has no topic word for full-text retrieval to match, yet it plainly points at
 * days. Finds the first day expression in a chat message so the reply context can lead with those days' diaries:
 * 오늘/어제/그저께, "N일 전", "M월 D일", 이번 주, 지난주, and weekdays ("월요일", "지난주 금요일").
 */
final class DayMentions {

    /** An inclusive range of diary dates. */
    record Days(LocalDate from, LocalDate to) {
    }

    private static final Pattern DAY = Pattern.compile(
            "(?<md>(?<month>1[0-2]|0?[1-9])월\\s*(?<dom>3[01]|[12][0-9]|0?[1-9])일)"
                    + "|(?<ago>(?<n>[1-9][0-9]?)\\s*일\\s*전)"
                    + "|(?<lastwd>(지난|저번)\\s*주\\s*(?<wd1>[월화수목금토일])요일)"
                    + "|(?<wd>(?<wd2>[월화수목금토일])요일)"
                    + "|(?<lastweek>(지난|저번)\\s*주)"
                    + "|(?<thisweek>이번\\s*주)"
                    + "|(?<rel>엊그제|그저께|그제|어제|오늘)");

    private static final String WEEKDAYS = "월화수목금토일";

    private DayMentions() {
    }

    /** The days the message refers to, relative to {@code today} in the diary owner's zone; the first mention wins. */
    static Optional<Days> in(String message, LocalDate today) {
        if (message == null) {
            return Optional.empty();
        }
        Matcher m = DAY.matcher(message);
        if (!m.find()) {
            return Optional.empty();
        }
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        if (m.group("md") != null) {
            return monthDay(Integer.parseInt(m.group("month")), Integer.parseInt(m.group("dom")), today);
        }
        if (m.group("ago") != null) {
            return one(today.minusDays(Integer.parseInt(m.group("n"))));
        }
        if (m.group("lastwd") != null) {
            return one(monday.minusWeeks(1).plusDays(WEEKDAYS.indexOf(m.group("wd1"))));
        }
        if (m.group("wd") != null) {
            DayOfWeek dow = DayOfWeek.of(WEEKDAYS.indexOf(m.group("wd2")) + 1);
            return one(today.with(TemporalAdjusters.previousOrSame(dow)));
        }
        if (m.group("lastweek") != null) {
            return Optional.of(new Days(monday.minusWeeks(1), monday.minusDays(1)));
        }
        if (m.group("thisweek") != null) {
            return Optional.of(new Days(monday, today));
        }
        int back = switch (m.group("rel")) {
            case "오늘" -> 0;
            case "어제" -> 1;
            default -> 2;
        };
        return one(today.minusDays(back));
    }

    /** A month and day without a year: this year's, or last year's when this year's is still ahead. */
    private static Optional<Days> monthDay(int month, int day, LocalDate today) {
        try {
            LocalDate d = LocalDate.of(today.getYear(), month, day);
            return one(d.isAfter(today) ? d.minusYears(1) : d);
        } catch (DateTimeException noSuchDay) { // 2월 30일
            return Optional.empty();
        }
    }

    private static Optional<Days> one(LocalDate d) {
        return Optional.of(new Days(d, d));
    }
}
