package app.dearme.ai;

import app.dearme.vocabulary.Mood;
import app.dearme.vocabulary.PersonaLevel;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything a chat reply may use (SPEC §7). {@code context} is already filtered by privacy rules and
 * capped by context level; {@code friendChat} is true when the speaker is not the persona's owner.
 * {@code turnIndex} counts persona replies so far in this chat (0 for the first). {@code today} is the date in the
 * persona owner's zone, so "오늘"/"어제" and the context's dates can be related; null when unknown. {@code trend}: the
 * owner's recent mental analyses, own chats only (null otherwise or when there are none). The first context
 * diary is the best retrieved one: a reply that cites a diary cites that one.
 */
public record ChatRequest(PersonaProfile persona, Customization customization, List<ChatTurn> history,
                          List<RetrievedDiary> context, String userMessage, boolean friendChat, int turnIndex,
                          LocalDate today, MentalTrend trend) {

    public ChatRequest(PersonaProfile persona, Customization customization, List<ChatTurn> history,
                       List<RetrievedDiary> context, String userMessage, boolean friendChat, int turnIndex,
                       LocalDate today) {
        this(persona, customization, history, context, userMessage, friendChat, turnIndex, today, null);
    }

    public ChatRequest(PersonaProfile persona, Customization customization, List<ChatTurn> history,
                       List<RetrievedDiary> context, String userMessage, boolean friendChat, int turnIndex) {
        this(persona, customization, history, context, userMessage, friendChat, turnIndex, null, null);
    }

    /** {@code speakingStyle} is display prose (shown to a model as is); {@code style} is what rules read. */
    public record PersonaProfile(String name, String personality, List<String> traits, List<String> interests,
                                 String speakingStyle, PersonaLevel level, SpeakingStyle style) {

        public PersonaProfile {
            style = style == null ? SpeakingStyle.PLAIN : style;
        }

        public PersonaProfile(String name, String personality, List<String> traits, List<String> interests,
                              String speakingStyle, PersonaLevel level) {
            this(name, personality, traits, interests, speakingStyle, level, null);
        }
    }

    /**
     * Whether replies may use emoji, the one rule for both engines: the owner's customization when set, else the
     * persona's structured style ({@link SpeakingStyle#usesEmoji}); the display prose is never parsed.
     */
    public boolean usesEmoji() {
        if (customization != null && customization.emoji() != null) {
            return customization.emoji();
        }
        return persona != null && persona.style().usesEmoji();
    }

    /** The temporary persona's reminder turn ({@link PersonaLevel#remindsToWriteDiaries}), the same in both engines. */
    public boolean reminderTurn() {
        return persona != null && persona.level() != null && persona.level().remindsToWriteDiaries(turnIndex);
    }

    /** tone: formal|casual|cute (null = casual); emoji may be null (= persona default). */
    public record Customization(String tone, Boolean emoji, List<String> traitsOverride, String greeting) {
        public static final Customization NONE = new Customization(null, null, List.of(), null);
    }

    /** role: user|persona */
    public record ChatTurn(String role, String content) {
    }

    /** snippet is null unless context level is detailed (own chats only). mood may be null. */
    public record RetrievedDiary(LocalDate date, String title, Mood mood, String snippet) {
    }
}
