package app.dearme.ai;

import java.util.List;

/** Generated persona fields (SPEC §6). Never contains diary sentences verbatim. */
public record PersonaDraft(String name, String personality, List<String> traits, List<String> interests,
                           String speakingStyle, String summary) {
}
