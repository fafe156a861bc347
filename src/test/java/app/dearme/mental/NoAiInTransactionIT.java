package app.dearme.mental;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.dearme.persona.PersonaFixtures;
import app.dearme.platform.jobs.Jobs;
import app.dearme.support.AiCallGuard;
import app.dearme.support.TestUsers.User;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 14: no AI call runs inside a database transaction or with a pooled connection bound to the thread.
 * {@link AiCallGuard} wraps the real engine and records any call that does; this test drives every path that
 * calls the AI — endpoints and the jobs behind them — and requires that nothing was recorded.
 */
class NoAiInTransactionIT extends MentalTestBase {

    @Autowired
    Jobs jobs;

    private static List<String> questionnaire() {
        return List.of("b", "a", "d", "c", "c");
    }

    private void awaitJobsOf(User u) {
        awaitEventListeners(); // the analysis job is enqueued after the diary commits
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> jdbc.queryForObject(
                "select count(*) from jobs where user_id = ? and status in ('queued', 'running')", Integer.class,
                u.id()) == 0);
    }

    @Test
    void everyAiCallRunsWithoutATransactionOrAHeldConnection() {
        AiCallGuard.VIOLATIONS.clear();
        AiCallGuard.CALLS.clear();
        PersonaFixtures fx = new PersonaFixtures(api, jdbc);
        User u = users.aUser();

        // diary writes: mental analysis + feedback and index (embedding) jobs
        fx.diaries(u, 7, false);
        awaitJobsOf(u);

        // persona generation (job), then the owner's chat: plain and streamed turns
        api.post("/api/v1/personas/generate", null).auth(u).expect(202);
        awaitJobsOf(u);
        long persona = api.get("/api/v1/personas/me").auth(u).expect(200).json().get("id").asLong();
        long chat = api.post("/api/v1/chats", Map.of("persona_id", persona)).auth(u).expect(201).json().get("id").asLong();
        api.post("/api/v1/chats/" + chat + "/messages", Map.of("content", "오늘 카페에서 책을 읽었어")).auth(u).expect(201);
        api.post("/api/v1/chats/" + chat + "/messages/stream", Map.of("content", "요즘 러닝도 하고 있어")).auth(u).expect(200);
        api.post("/api/v1/personas/regenerate", null).auth(u).send();
        awaitJobsOf(u);

        // mental dashboard: stored feedback missing (generated on read), fresh feedback, reports
        jdbc.update("update mental_analyses set feedback = null where user_id = ?", u.id());
        api.get("/api/v1/mental/current").auth(u).expect(200);
        api.post("/api/v1/mental/feedback", Map.of()).auth(u).expect(200);
        jdbc.update("update mental_analyses set analysis_date = ? where user_id = ?", today(), u.id());
        api.get("/api/v1/mental/reports/weekly").auth(u).expect(200);
        api.get("/api/v1/mental/reports/monthly").auth(u).expect(200);
        jobs.enqueue(ReportScheduling.WEEKLY_KIND, u.id(), Map.of("period_start",
                today().minusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString()));
        jdbc.update("update mental_analyses set analysis_date = ? where user_id = ?", today().minusWeeks(1), u.id());
        awaitJobsOf(u);

        // diary insights
        api.get("/api/v1/diaries/weekly-insight").auth(u).expect(200);
        api.get("/api/v1/diaries/prompt-suggestions").auth(u).expect(200);

        // quiz: a temporary persona from answers, then the upgrade job
        User q = users.aUser();
        List<Map<String, Object>> answers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            answers.add(Map.of("question_id", i + 1, "option_id", questionnaire().get(i)));
        }
        api.post("/api/v1/quiz/submit", Map.of("answers", answers)).auth(q).expect(201);
        fx.diaries(q, 3, false);
        api.post("/api/v1/quiz/upgrade-persona", null).auth(q).send();
        awaitJobsOf(q);

        assertThat(AiCallGuard.CALLS).as("the guard saw the AI calls").containsKeys("mentalAnalysis", "feedback",
                "reportInsights", "chatReply", "personaFromDiaries", "personaFromQuiz");
        assertThat(AiCallGuard.VIOLATIONS).as("AI calls made inside a transaction or holding a connection")
                .isEmpty();
    }
}
