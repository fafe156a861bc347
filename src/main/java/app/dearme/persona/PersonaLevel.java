package app.dearme.persona;

import java.util.Optional;

/** SPEC §15 persona levels and the non-private diary counts that unlock them. */
public enum PersonaLevel {
    temporary(0, "임시 페르소나"),
    basic(3, "기본 페르소나"),
    complete(7, "완전한 페르소나");

    private final int requiredDiaries;
    private final String label;

    PersonaLevel(int requiredDiaries, String label) {
        this.requiredDiaries = requiredDiaries;
        this.label = label;
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

    /** The highest level a diary count unlocks. */
    public static PersonaLevel unlockedBy(int nonPrivateDiaries) {
        PersonaLevel best = temporary;
        for (PersonaLevel l : values()) {
            if (nonPrivateDiaries >= l.requiredDiaries) {
                best = l;
            }
        }
        return best;
    }

    public static PersonaLevel of(String s) {
        return valueOf(s);
    }
}
