package app.dearme.ai;

/** Six axes, integers 0–100, higher is better on every axis (SPEC §12). */
public record MentalScores(int emotionalStability, int vitality, int selfEsteem, int positivity,
                           int socialConnection, int resilience) {

    public int[] asArray() {
        return new int[] {emotionalStability, vitality, selfEsteem, positivity, socialConnection, resilience};
    }

    public MentalScores clamped() {
        return new MentalScores(c(emotionalStability), c(vitality), c(selfEsteem), c(positivity),
                c(socialConnection), c(resilience));
    }

    private static int c(int v) {
        return Math.max(0, Math.min(100, v));
    }
}
