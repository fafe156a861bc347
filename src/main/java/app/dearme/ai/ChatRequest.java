package app.dearme.ai;

import java.util.List;

/**
 * Everything a chat reply may use (SPEC §7). {@code context} is already filtered by privacy rules and
 * capped by context level; {@code friendChat} is true when the speaker is not the persona's owner.
 * {@code turnIndex} counts persona replies so far in this chat (0 for the first).
 */
public record ChatRequest(PersonaProfile persona, Customization customization, List<ChatTurn> history,
                          List<RetrievedDiary> context, String userMessage, boolean friendChat, int turnIndex) {

    public record PersonaProfile(String name, String personality, List<String> traits, List<String> interests,
                                 String speakingStyle, String level) {
    }

    /** tone: formal|casual|cute (null = casual); emoji may be null (= persona default). */
    public record Customization(String tone, Boolean emoji, List<String> traitsOverride, String greeting) {
        public static final Customization NONE = new Customization(null, null, List.of(), null);
    }

    /** role: user|persona */
    public record ChatTurn(String role, String content) {
    }

    /** snippet is null unless context level is detailed (own chats only). mood may be null. */
    public record RetrievedDiary(java.time.LocalDate date, String title, String mood, String snippet) {
    }
}
