package app.dearme.mental;

import static org.awaitility.Awaitility.await;

import app.dearme.ai.MentalScores;
import app.dearme.ai.OverallStatus;
import app.dearme.support.IntegrationTest;
import app.dearme.support.TestUsers.User;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Fixtures for the mental tests: diaries over HTTP, or backdated diaries plus analyses arranged in SQL. */
abstract class MentalTestBase extends IntegrationTest {

    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    static LocalDate today() {
        return LocalDate.now(SEOUL);
    }

    JsonNode writeDiary(User u, LocalDate date, String title, String content, boolean isPrivate) {
        return api.post("/api/v1/diaries", Map.of("diary_date", date.toString(), "title", title, "content", content,
                "is_private", isPrivate)).auth(u).expect(201).json();
    }

    Map<String, Object> awaitAnalysis(long diaryId) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() ->
                jdbc.queryForObject("select count(*) from mental_analyses where diary_id = ?", Integer.class, diaryId) == 1);
        return jdbc.queryForMap("select * from mental_analyses where diary_id = ?", diaryId);
    }

    /** A backdated diary with an analysis of the given scores (status by the server rule). */
    long seedAnalysis(User u, LocalDate date, int es, int vi, int se, int po, int sc, int re) {
        long diaryId = jdbc.queryForObject("insert into diaries (user_id, title, content, diary_date) values (?, ?, ?, ?) "
                + "returning id", Long.class, u.id(), date + " 일기", "하루를 돌아봤다.", date);
        OverallStatus status = OverallStatus.of(new MentalScores(es, vi, se, po, sc, re));
        return jdbc.queryForObject("""
                insert into mental_analyses (user_id, diary_id, analysis_date, emotional_stability, vitality, self_esteem,
                       positivity, social_connection, resilience, overall_status, summary)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '테스트 요약') returning id""", Long.class,
                u.id(), diaryId, date, es, vi, se, po, sc, re, status.name());
    }

    long seedAnalysis(User u, LocalDate date, int all) {
        return seedAnalysis(u, date, all, all, all, all, all, all);
    }
}
