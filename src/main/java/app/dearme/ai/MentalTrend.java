package app.dearme.ai;

import java.time.LocalDate;

/**
 * The owner's recent six-axis mental analyses for own chats ("나 요즘 어때 보여?"): mean scores of the week that ends
 * with the latest analysis and of the week before it ({@code previous} null when that week has none). Aggregates
 * only, never a diary; friend chats never get one.
 */
public record MentalTrend(LocalDate latest, MentalScores recent, int recentCount, MentalScores previous,
                          int previousCount) {

    public static final String[] AXIS_LABELS = {"정서 안정성", "활력", "자존감", "긍정성", "사회적 연결", "회복탄력성"};

    /** The same facts for a language model, in Korean. */
    public String describe() {
        StringBuilder sb = new StringBuilder("최근 일주일(" + latest + "까지, 분석 " + recentCount + "개) 평균: ");
        appendScores(sb, recent);
        if (previous != null) {
            sb.append(" / 그 전 일주일(분석 ").append(previousCount).append("개) 평균: ");
            appendScores(sb, previous);
        }
        return sb.toString();
    }

    private static void appendScores(StringBuilder sb, MentalScores s) {
        int[] v = s.asArray();
        for (int i = 0; i < v.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(AXIS_LABELS[i]).append(' ').append(v[i]);
        }
    }
}
