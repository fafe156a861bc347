package app.dearme.mental;

import app.dearme.ai.MentalScores;
import app.dearme.ai.OverallStatus;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One stored mental analysis (one per diary). feedbackJson is the stored Feedback, may be null. */
record Analysis(long id, long userId, long diaryId, LocalDate analysisDate, MentalScores scores, OverallStatus status,
                String summary, String feedbackJson, boolean safetyFlag, OffsetDateTime createdAt) {

    static final String[] AXES = {"emotional_stability", "vitality", "self_esteem", "positivity", "social_connection",
            "resilience"};

    static final String[] AXIS_LABELS = {"정서 안정성", "활력", "자존감", "긍정성", "사회적 연결", "회복탄력성"};

    boolean negative() {
        return status == OverallStatus.concerning || status == OverallStatus.critical;
    }
}
