package app.dearme.mental;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * SPEC §12 Report. trend: emotional_stability and positivity versus the previous period's averages —
 * {delta, direction: up|down|stable} where |delta| ≥ 10 is up/down; delta null and direction "stable"
 * when the previous period has no analysis (has_previous false).
 */
record ReportView(long id, String reportType, LocalDate periodStart, LocalDate periodEnd, Map<String, Integer> averages,
                  Trend trend, List<String> insights, List<String> recommendations, List<DailyScore> dailyScores,
                  int analysesCount, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    record AxisTrend(Integer delta, String direction) {
        static final int THRESHOLD = 10;

        static AxisTrend of(Integer delta) {
            if (delta == null) {
                return new AxisTrend(null, "stable");
            }
            return new AxisTrend(delta, delta >= THRESHOLD ? "up" : delta <= -THRESHOLD ? "down" : "stable");
        }
    }

    record Trend(boolean hasPrevious, LocalDate previousPeriodStart, AxisTrend emotionalStability,
                 AxisTrend positivity) {
    }

    record DailyScore(LocalDate date, int emotionalStability, int vitality, int selfEsteem, int positivity,
                      int socialConnection, int resilience, String overallStatus) {
    }
}
