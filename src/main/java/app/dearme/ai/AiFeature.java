package app.dearme.ai;

/** Metered AI features; the enum name is the metric tag and the {@code ai_usage_daily.feature} value. */
public enum AiFeature {
    persona_diaries, persona_quiz, chat, mental, feedback, report, prompts, weekly_summary, embed
}
