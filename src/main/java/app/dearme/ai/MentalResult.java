package app.dearme.ai;

/** Scores plus a 2–3 sentence Korean summary; safety is the screen's verdict on the same text. */
public record MentalResult(MentalScores scores, String summary, SafetyResult safety) {
}
