package app.dearme.vocabulary;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/**
 * SPEC §7 how much of the owner's diaries a chat may use: MINIMAL (dates/titles), STANDARD (plus moods),
 * DETAILED (plus snippets, own chats only). Wire value = JSON and {@code users.rag_context_level} column value.
 */
public enum RagContextLevel implements WireValue {
    MINIMAL("minimal"),
    STANDARD("standard"),
    DETAILED("detailed");

    /** The column default and the level used when a stored value is unreadable. */
    public static final RagContextLevel DEFAULT = MINIMAL;

    private final String wire;

    RagContextLevel(String wire) {
        this.wire = wire;
    }

    /** Whether a retrieved diary's mood may be shown to the engine. */
    public boolean includesMood() {
        return this != MINIMAL;
    }

    /** Whether a retrieved diary's snippet may be shown to the engine (own chats only). */
    public boolean includesSnippet() {
        return this == DETAILED;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    public static Optional<RagContextLevel> parse(String wire) {
        if (wire == null) {
            return Optional.empty();
        }
        for (RagContextLevel l : values()) {
            if (l.wire.equals(wire)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    @JsonCreator
    public static RagContextLevel fromWire(String wire) {
        if (wire == null || wire.isBlank()) {
            return null;
        }
        return parse(wire).orElseThrow(() -> new IllegalArgumentException("unknown context level: " + wire));
    }

    public static RagContextLevel fromColumn(String value) {
        return parse(value).orElse(DEFAULT);
    }
}
