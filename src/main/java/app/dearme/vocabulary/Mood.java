package app.dearme.vocabulary;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * SPEC §15 diary moods: the only place a mood's identity exists. The wire value is the lowercase key used in JSON
 * and in the {@code diaries.mood} text column; the Korean label, adjective and emoji are the ones every engine and
 * screen shows, and {@code positive} is the set counted by the weekly insight (SPEC §5).
 */
public enum Mood implements WireValue {
    HAPPY("happy", "행복", "행복한", "😊", true),
    SAD("sad", "슬픔", "슬픈", "😢", false),
    ANGRY("angry", "화남", "화난", "😠", false),
    ANXIOUS("anxious", "불안", "불안한", "😰", false),
    CALM("calm", "평온", "평온한", "😌", true),
    EXCITED("excited", "설렘", "설레는", "🥰", true),
    TIRED("tired", "피곤", "피곤한", "😫", false),
    GRATEFUL("grateful", "감사", "감사한", "🙏", true),
    LONELY("lonely", "외로움", "외로운", "😔", false),
    HOPEFUL("hopeful", "희망", "희망찬", "✨", true);

    private final String wire;
    private final String label;
    private final String adjective;
    private final String emoji;
    private final boolean positive;

    Mood(String wire, String label, String adjective, String emoji, boolean positive) {
        this.wire = wire;
        this.label = label;
        this.adjective = adjective;
        this.emoji = emoji;
        this.positive = positive;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    /** Korean noun ("행복"). */
    public String label() {
        return label;
    }

    /** Korean adjective before a noun ("행복한 날"). */
    public String adjective() {
        return adjective;
    }

    public String emoji() {
        return emoji;
    }

    public boolean positive() {
        return positive;
    }

    /** Blank or null → empty; an unknown key → empty too (callers that validate input use {@link #fromWire}). */
    public static Optional<Mood> parse(String wire) {
        if (wire == null) {
            return Optional.empty();
        }
        for (Mood m : values()) {
            if (m.wire.equals(wire)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** Strict: null/blank → null, unknown → {@link IllegalArgumentException} (a 400 at the web boundary). */
    @JsonCreator
    public static Mood fromWire(String wire) {
        if (wire == null || wire.isBlank()) {
            return null;
        }
        return parse(wire).orElseThrow(() -> new IllegalArgumentException("unknown mood: " + wire));
    }

    /** A stored value read back: tolerant, an unknown key (never written by us) reads as "no mood". */
    public static Mood fromColumn(String value) {
        return parse(value).orElse(null);
    }

    public static String toColumn(Mood m) {
        return m == null ? null : m.wire;
    }

    /** The wire values, sorted, as shown in a validation message. */
    public static List<String> wireValues() {
        return Arrays.stream(values()).map(Mood::wire).sorted().toList();
    }
}
