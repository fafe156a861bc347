package app.dearme.diary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;

/** Pure arithmetic of SPEC §5 stats, over the user's diary dates (ascending) and "today" in their zone. */
final class StatsMath {

    private StatsMath() {
    }

    static DiaryDtos.Stats compute(List<DiaryStore.DayMood> days, LocalDate today) {
        NavigableSet<LocalDate> dates = new TreeSet<>();
        Map<String, Long> moods = new TreeMap<>();
        TreeMap<String, Long> months = new TreeMap<>();
        for (DiaryStore.DayMood d : days) {
            dates.add(d.date());
            if (d.mood() != null) {
                moods.merge(d.mood().wire(), 1L, Long::sum);
            }
            months.merge(YearMonth.from(d.date()).toString(), 1L, Long::sum);
        }
        Map<String, Long> lastTwelve = new LinkedHashMap<>();
        months.descendingMap().entrySet().stream().limit(12).toList().reversed()
                .forEach(e -> lastTwelve.put(e.getKey(), e.getValue()));
        return new DiaryDtos.Stats(days.size(), currentStreak(dates, today), longestStreak(dates), moods, lastTwelve,
                weeklyAverage(dates, days.size()));
    }

    /** Counts back from today, or from yesterday when today has no diary yet. */
    static int currentStreak(NavigableSet<LocalDate> dates, LocalDate today) {
        LocalDate day = dates.contains(today) ? today : today.minusDays(1);
        int n = 0;
        while (dates.contains(day)) {
            n++;
            day = day.minusDays(1);
        }
        return n;
    }

    static int longestStreak(NavigableSet<LocalDate> dates) {
        int best = 0;
        int run = 0;
        LocalDate prev = null;
        for (LocalDate d : dates) {
            run = prev != null && prev.plusDays(1).equals(d) ? run + 1 : 1;
            best = Math.max(best, run);
            prev = d;
        }
        return best;
    }

    /** total ÷ max(days from first to last + 1, 7) × 7, one decimal. */
    static double weeklyAverage(NavigableSet<LocalDate> dates, long total) {
        if (dates.isEmpty()) {
            return 0.0;
        }
        long span = Math.max(ChronoUnit.DAYS.between(dates.first(), dates.last()) + 1, 7);
        return BigDecimal.valueOf(total * 7).divide(BigDecimal.valueOf(span), 1, RoundingMode.HALF_UP).doubleValue();
    }
}
