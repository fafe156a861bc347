package app.dearme.ai;

import java.util.List;

/** Exactly 3 insights citing numbers and 3 doable recommendations, Korean. */
public record ReportInsights(List<String> insights, List<String> recommendations) {
}
