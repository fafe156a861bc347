package app.dearme.ai.local;

import app.dearme.vocabulary.DiaryText;
import app.dearme.vocabulary.Mood;
import app.dearme.vocabulary.Moods;
import app.dearme.platform.text.Josa;
import java.util.List;

/** Small Korean text helpers: particles chosen by the final consonant, mood words, stable picks. */
public final class Ko {

    private Ko() {
    }

    /** Moods of the diaries in {@link Moods#ranked} order (most frequent, then most recent). */
    public static List<Mood> rankedMoods(List<DiaryText> diaries) {
        return Moods.ranked(diaries);
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

    public static String moodLabel(Mood mood) {
        return mood == null ? null : mood.label();
    }

    /** Korean "M월 d일". */
    public static String date(java.time.LocalDate d) {
        return d.getMonthValue() + "월 " + d.getDayOfMonth() + "일";
    }
}
