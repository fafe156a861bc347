package app.dearme.mental;

import app.dearme.ai.CrisisResource;
import app.dearme.ai.Feedback;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

final class MentalDtos {

    private MentalDtos() {
    }

    /** SPEC §12 Analysis (flat, integer scores). */
    record AnalysisView(long id, long diaryId, LocalDate analysisDate, int emotionalStability, int vitality,
                        int selfEsteem, int positivity, int socialConnection, int resilience, String overallStatus,
                        String summary, OffsetDateTime createdAt) {
        static AnalysisView of(Analysis a) {
            var s = a.scores();
            return new AnalysisView(a.id(), a.diaryId(), a.analysisDate(), s.emotionalStability(), s.vitality(),
                    s.selfEsteem(), s.positivity(), s.socialConnection(), s.resilience(), a.status().name(), a.summary(),
                    a.createdAt());
        }
    }

    /** Analysis without summary (history, radar). */
    record AnalysisItem(long id, long diaryId, LocalDate analysisDate, int emotionalStability, int vitality,
                        int selfEsteem, int positivity, int socialConnection, int resilience, String overallStatus,
                        OffsetDateTime createdAt) {
        static AnalysisItem of(Analysis a) {
            var s = a.scores();
            return new AnalysisItem(a.id(), a.diaryId(), a.analysisDate(), s.emotionalStability(), s.vitality(),
                    s.selfEsteem(), s.positivity(), s.socialConnection(), s.resilience(), a.status().name(),
                    a.createdAt());
        }
    }

    /** The latest analysis, its feedback, and the crisis lines when critical or the safety screen fired. */
    record Current(long id, long diaryId, LocalDate analysisDate, int emotionalStability, int vitality, int selfEsteem,
                   int positivity, int socialConnection, int resilience, String overallStatus, String summary,
                   OffsetDateTime createdAt, Feedback feedback, boolean safetyFlag, List<CrisisResource> crisisResources) {
    }

    record Radar(AnalysisItem current, AnalysisItem previous, String trend, int totalDelta) {
    }

    record History(List<AnalysisItem> items, int total) {
    }

    record FeedbackRequest(Long analysisId) {
    }

    record FeedbackView(long analysisId, String overallStatus, Feedback feedback,
                        List<CrisisResource> crisisResources) {
    }

    record NegativeTrend(boolean hasNegativeTrend, int analysesCount, int negativeCount, double ratio, String message,
                         List<CrisisResource> crisisResources) {
    }

    record Book(String title, String author, String category, String description, String reason) {
    }

    record Books(List<Book> books, String basedOnStatus, String weakestAxis, Long basedOnAnalysisId) {
    }
}
