package app.dearme.persona;

import java.io.Serializable;
import java.util.List;

/** SPEC §6 customization; null tone/emoji/greeting mean "not set" (persona default). */
public record PersonaCustomization(String tone, Boolean emoji, List<String> traitsOverride, String greeting)
        implements Serializable {

    public static final PersonaCustomization EMPTY = new PersonaCustomization(null, null, List.of(), null);

    public PersonaCustomization {
        traitsOverride = traitsOverride == null ? List.of() : List.copyOf(traitsOverride);
    }
}
