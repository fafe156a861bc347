package app.dearme.ai.local;

import app.dearme.ai.DiaryText;
import app.dearme.platform.text.Josa;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small Korean text helpers: particles chosen by the final consonant, mood words, stable picks. */
public final class Ko {

    private Ko() {
    }

    public static final Map<String, String> MOOD_LABEL = Map.of("happy", "행복", "sad", "슬픔", "angry", "화남",
            "anxious", "불안", "calm", "평온", "excited", "설렘", "tired", "피곤", "grateful", "감사", "lonely", "외로움",
            "hopeful", "희망");
    public static final Map<String, String> MOOD_ADJ = Map.of("happy", "행복한", "sad", "슬픈", "angry", "화난",
            "anxious", "불안한", "calm", "평온한", "excited", "설레는", "tired", "피곤한", "grateful", "감사한", "lonely",
            "외로운", "hopeful", "희망찬");
    public static final Map<String, String> MOOD_EMOJI = Map.of("happy", "😊", "sad", "😢", "angry", "😠", "anxious",
            "😰", "calm", "😌", "excited", "🥰", "tired", "😫", "grateful", "🙏", "lonely", "😔", "hopeful", "✨");
    public static final List<String> POSITIVE_MOODS = List.of("happy", "excited", "grateful", "hopeful", "calm");

    /**
     * Known moods of the diaries, most frequent first; a tie goes to the mood written most recently (as the weekly
     * insight's dominant mood does), then alphabetical order so the result is stable.
     */
    public static List<String> rankedMoods(List<DiaryText> diaries) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, LocalDate> latest = new HashMap<>();
        for (DiaryText d : diaries) {
            if (d.mood() != null && MOOD_LABEL.containsKey(d.mood())) {
                counts.merge(d.mood(), 1, Integer::sum);
                if (d.date() != null) {
                    latest.merge(d.mood(), d.date(), (a, b) -> a.isAfter(b) ? a : b);
                }
            }
        }
        Comparator<String> byCount = Comparator.comparing(counts::get);
        Comparator<String> byRecency = Comparator.comparing(m -> latest.getOrDefault(m, LocalDate.MIN));
        return counts.keySet().stream()
                .sorted(byCount.reversed().thenComparing(byRecency.reversed()).thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    public static boolean hasBatchim(String word) {
        return Josa.hasBatchim(word);
    }

    public static String josa(String word, String pair) {
        return Josa.attach(word, pair);
    }

    /** Deterministic choice among options, keyed by any text (String.hashCode is specified). */
    public static <T> T pick(List<T> options, String key) {
        return options.get(Math.floorMod(key == null ? 0 : key.hashCode(), options.size()));
    }

    public static String moodLabel(String mood) {
        return mood == null ? null : MOOD_LABEL.get(mood);
    }

    /** Korean "M월 d일". */
    public static String date(java.time.LocalDate d) {
        return d.getMonthValue() + "월 " + d.getDayOfMonth() + "일";
    }
}
