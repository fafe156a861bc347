package app.dearme.ai;

/**
 * How a persona talks, as data (SPEC §6). Engines read these fields; the Korean prose a persona shows
 * ({@code speakingStyle}) is for display only and is never parsed back. Stored as JSON in
 * {@code personas.speaking_style_profile}.
 */
public record SpeakingStyle(Formality formality, Frequency emoji, Frequency laughter, SentenceLength sentences) {

    /** 반말 / 해요체 / 합니다체. */
    public enum Formality { BANMAL, HAEYO, HAPNIDA }

    public enum Frequency { RARELY, SOMETIMES, OFTEN }

    public enum SentenceLength { SHORT, MEDIUM, LONG }

    /** A persona with no measured style (nothing written yet): casual, no emoji. */
    public static final SpeakingStyle PLAIN = new SpeakingStyle(Formality.BANMAL, Frequency.RARELY, Frequency.RARELY,
            SentenceLength.MEDIUM);

    public SpeakingStyle {
        formality = formality == null ? Formality.BANMAL : formality;
        emoji = emoji == null ? Frequency.RARELY : emoji;
        laughter = laughter == null ? Frequency.RARELY : laughter;
        sentences = sentences == null ? SentenceLength.MEDIUM : sentences;
    }

    /** The persona's own default for emoji in replies (a customization may override it). */
    public boolean usesEmoji() {
        return emoji != Frequency.RARELY;
    }
}
