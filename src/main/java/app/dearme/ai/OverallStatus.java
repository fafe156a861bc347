package app.dearme.ai;

/** Computed by the server from the scores, never by a model (SPEC §9.2): first rule that matches. */
public enum OverallStatus {
    critical, concerning, good, neutral;

    public static OverallStatus of(MentalScores s) {
        int low = 0;
        int high = 0;
        for (int v : s.asArray()) {
            if (v <= 30) {
                low++;
            }
            if (v >= 60) {
                high++;
            }
        }
        if (low >= 4) {
            return critical;
        }
        if (low >= 2) {
            return concerning;
        }
        if (high >= 4) {
            return good;
        }
        return neutral;
    }
}
