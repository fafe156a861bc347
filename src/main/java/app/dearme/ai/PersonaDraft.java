package app.dearme.ai;

import java.util.List;

/**
 * Generated persona fields (SPEC §6). Never contains diary sentences verbatim. {@code speakingStyle} is the display
 * prose; {@code style} the structured speaking style the engines read (null = {@link SpeakingStyle#PLAIN}).
 */
public record PersonaDraft(String name, String personality, List<String> traits, List<String> interests,
                           String speakingStyle, String summary, SpeakingStyle style) {

    public PersonaDraft(String name, String personality, List<String> traits, List<String> interests,
                        String speakingStyle, String summary) {
        this(name, personality, traits, interests, speakingStyle, summary, null);
    }
}
