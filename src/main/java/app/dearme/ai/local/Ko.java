package app.dearme.ai.local;

import app.dearme.ai.DiaryText;
import app.dearme.ai.Moods;
import app.dearme.platform.text.Josa;
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

    /** Known moods of the diaries in {@link Moods#ranked} order (most frequent, then most recent). */
    public static List<String> rankedMoods(List<DiaryText> diaries) {
        return Moods.ranked(diaries).stream().filter(MOOD_LABEL::containsKey).toList();
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
