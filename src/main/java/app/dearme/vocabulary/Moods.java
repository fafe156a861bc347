package app.dearme.vocabulary;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The one mood-ranking rule shared by the weekly insight and the AI engines, so they never disagree. */
public final class Moods {

    private Moods() {
    }

    /**
     * Moods of the diaries, most frequent first; a tie goes to the mood written most recently, then alphabetical
     * order so the result is stable. Diaries without a mood are ignored.
     */
    public static List<Mood> ranked(List<DiaryText> diaries) {
        Map<Mood, Integer> counts = new LinkedHashMap<>();
        Map<Mood, LocalDate> latest = new HashMap<>();
        for (DiaryText d : diaries) {
            if (d.mood() != null) {
                counts.merge(d.mood(), 1, Integer::sum);
                if (d.date() != null) {
                    latest.merge(d.mood(), d.date(), (a, b) -> a.isAfter(b) ? a : b);
                }
            }
        }
        Comparator<Mood> byCount = Comparator.comparing(counts::get);
        Comparator<Mood> byRecency = Comparator.comparing(m -> latest.getOrDefault(m, LocalDate.MIN));
        return counts.keySet().stream()
                .sorted(byCount.reversed().thenComparing(byRecency.reversed()).thenComparing(Mood::wire))
                .toList();
    }
}
