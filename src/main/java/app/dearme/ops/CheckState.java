package app.dearme.ops;

import com.fasterxml.jackson.annotation.JsonValue;

/** A checklist item's state. UNKNOWN: the state could not be measured right now; it is never counted as done. */
enum CheckState {
    ON, OFF, UNKNOWN;

    @JsonValue
    String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
