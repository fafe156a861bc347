package app.dearme.ai;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** reportType: weekly|monthly. trend: axis key (snake_case) → delta vs previous period (may be empty). */
public record ReportInput(String reportType, LocalDate periodStart, LocalDate periodEnd, MentalScores averages,
                          Map<String, Integer> trend, List<DailyScore> dailyScores, List<String> topics) {

    public record DailyScore(LocalDate date, MentalScores scores, OverallStatus status) {
    }
}
