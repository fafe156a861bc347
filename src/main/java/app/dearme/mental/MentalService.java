package app.dearme.mental;

import app.dearme.user.UserClock;
import app.dearme.ai.AiEngine;
import app.dearme.ai.CrisisResource;
import app.dearme.ai.Feedback;
import app.dearme.ai.OverallStatus;
import app.dearme.mental.MentalDtos.AnalysisItem;
import app.dearme.platform.error.ApiException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** The mental dashboard's reads (SPEC §12); every query is scoped to the caller. */
@Service
class MentalService {

    static final int TREND_THRESHOLD = 15;

    private final AnalysisStore store;
    private final AiEngine ai;
    private final BookCatalog books;
    private final UserClock clock;
    private final JsonMapper json;

    MentalService(AnalysisStore store, AiEngine ai, BookCatalog books, UserClock clock, JsonMapper json) {
        this.store = store;
        this.ai = ai;
        this.books = books;
        this.clock = clock;
        this.json = json;
    }

    /** No transaction: a missing stored feedback is written by the AI engine, which must hold no connection. */
    MentalDtos.Current current(long userId) {
        Analysis a = latest(userId);
        Feedback f = feedbackOf(a);
        var s = a.scores();
        return new MentalDtos.Current(a.id(), a.diaryId(), a.analysisDate(), s.emotionalStability(), s.vitality(),
                s.selfEsteem(), s.positivity(), s.socialConnection(), s.resilience(), a.status().name(), a.summary(),
                a.createdAt(), f, a.safetyFlag(), crisis(a));
    }

    @Transactional(readOnly = true)
    MentalDtos.Radar radar(long userId) {
        List<Analysis> two = store.latest(userId, 2);
        if (two.isEmpty()) {
            throw ApiException.notFound("마음 분석");
        }
        Analysis cur = two.get(0);
        Analysis prev = two.size() > 1 ? two.get(1) : null;
        int delta = 0;
        if (prev != null) {
            int[] c = cur.scores().asArray();
            int[] p = prev.scores().asArray();
            for (int i = 0; i < c.length; i++) {
                delta += c[i] - p[i];
            }
        }
        String trend = delta > TREND_THRESHOLD ? "improving" : delta < -TREND_THRESHOLD ? "declining" : "stable";
        return new MentalDtos.Radar(AnalysisItem.of(cur), prev == null ? null : AnalysisItem.of(prev), trend, delta);
    }

    @Transactional(readOnly = true)
    MentalDtos.History history(long userId, int days) {
        checkDays(days);
        List<AnalysisItem> items = recent(userId, days).stream().map(AnalysisItem::of).toList();
        return new MentalDtos.History(items, items.size());
    }

    /**
     * Fresh feedback for one of the caller's analyses (the latest when none is named), stored with it. Read,
     * AI call and write are separate steps with no transaction around them: the AI call holds no connection.
     */
    MentalDtos.FeedbackView feedback(long userId, Long analysisId) {
        Analysis a = analysisId == null ? latest(userId)
                : store.owned(userId, analysisId).orElseThrow(() -> ApiException.notFound("마음 분석"));
        Feedback f = MentalAnalysisJob.withResources(ai.feedback(a.scores(), a.status()), a.status(), a.safetyFlag());
        store.updateFeedback(a.id(), json.writeValueAsString(f));
        return new MentalDtos.FeedbackView(a.id(), a.status().name(), f, crisis(a));
    }

    @Transactional(readOnly = true)
    MentalDtos.NegativeTrend negativeTrend(long userId, int days) {
        checkDays(days);
        List<Analysis> list = recent(userId, days);
        int negative = (int) list.stream().filter(Analysis::negative).count();
        double ratio = list.isEmpty() ? 0 : Math.round(negative * 100.0 / list.size()) / 100.0;
        boolean trend = list.size() >= 3 && negative * 2 >= list.size();
        String message = trend ? "최근 " + days + "일 동안 " + list.size() + "번의 기록 중 " + negative
                + "번이 힘든 상태로 분석됐어요. 혼자 견디지 말고 믿을 수 있는 사람이나 전문가와 이야기해 보세요." : null;
        return new MentalDtos.NegativeTrend(trend, list.size(), negative, ratio, message,
                trend ? CrisisResource.KOREA : List.of());
    }

    /** Based on the latest analysis; a user without one gets the neutral list. */
    @Transactional(readOnly = true)
    MentalDtos.Books bookRecommendations(long userId) {
        List<Analysis> latest = store.latest(userId, 1);
        Analysis a = latest.isEmpty() ? null : latest.get(0);
        OverallStatus status = a == null ? OverallStatus.neutral : a.status();
        BookPicker.Pick pick = BookPicker.pick(books.catalog(), status, a == null ? null : a.scores(),
                a == null ? 0 : a.id());
        return new MentalDtos.Books(pick.books(), status.name(), pick.weakestAxis(), a == null ? null : a.id());
    }

    private List<Analysis> recent(long userId, int days) {
        LocalDate today = clock.today(userId);
        return store.between(userId, today.minusDays(days - 1L), today);
    }

    private Analysis latest(long userId) {
        List<Analysis> one = store.latest(userId, 1);
        if (one.isEmpty()) {
            throw ApiException.notFound("마음 분석");
        }
        return one.get(0);
    }

    private Feedback feedbackOf(Analysis a) {
        if (a.feedbackJson() != null) {
            return json.readValue(a.feedbackJson(), Feedback.class);
        }
        return MentalAnalysisJob.withResources(ai.feedback(a.scores(), a.status()), a.status(), a.safetyFlag());
    }

    private static List<CrisisResource> crisis(Analysis a) {
        return a.status() == OverallStatus.critical || a.safetyFlag() ? CrisisResource.KOREA : List.of();
    }

    private static void checkDays(int days) {
        if (days < 1 || days > 365) {
            throw ApiException.badRequest("days", "기간(days)은 1~365일이어야 해요.", "days must be between 1 and 365.");
        }
    }
}
