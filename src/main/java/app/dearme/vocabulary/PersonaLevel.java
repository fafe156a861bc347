package app.dearme.vocabulary;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/**
 * SPEC §15 persona levels and the non-private diary counts that unlock them. Shared vocabulary because the AI
 * port reads it too (the temporary persona's reminder rule, {@link #remindsToWriteDiaries}).
 */
public enum PersonaLevel implements WireValue {
    TEMPORARY("temporary", 0, "임시 페르소나"),
    BASIC("basic", 3, "기본 페르소나"),
    COMPLETE("complete", 7, "완전한 페르소나");

    private final String wire;
    private final int requiredDiaries;
    private final String label;

    PersonaLevel(String wire, int requiredDiaries, String label) {
        this.wire = wire;
        this.requiredDiaries = requiredDiaries;
        this.label = label;
    }

    /** JSON value and the {@code personas.level} column value. */
    @JsonValue
    public String wire() {
        return wire;
    }

    public int requiredDiaries() {
        return requiredDiaries;
    }

    public String label() {
        return label;
    }

    public Optional<PersonaLevel> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    /**
     * The one temporary-persona rule (SPEC §7): a temporary persona reminds the user, on its first reply and every
     * third one after, that more diaries make it more like them. Both engines ask this instead of repeating it.
     */
    public boolean remindsToWriteDiaries(int turnIndex) {
        return this == TEMPORARY && turnIndex % 3 == 0;
    }

    /** The highest level a diary count unlocks. */
    public static PersonaLevel unlockedBy(int nonPrivateDiaries) {
        PersonaLevel best = TEMPORARY;
        for (PersonaLevel l : values()) {
            if (nonPrivateDiaries >= l.requiredDiaries) {
                best = l;
            }
        }
        return best;
    }

    /** Strict parse of a wire/column value; unknown → {@link IllegalArgumentException}. */
    @JsonCreator
    public static PersonaLevel of(String s) {
        for (PersonaLevel l : values()) {
            if (l.wire.equals(s)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown persona level: " + s);
    }
}
