package app.dearme.persona;

import app.dearme.support.TestApi;
import app.dearme.support.TestUsers;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Small fixture builders for persona, quiz and chat tests; everything goes through the real API. */
public final class PersonaFixtures {

    public static final String[] TOPICS = {
            "아침에 카페에서 라떼를 마시며 책을 읽었다. 창밖 햇살이 좋아서 마음이 편안했다.",
            "회사 프로젝트 마감 때문에 야근을 했다. 피곤했지만 팀원들과 함께라서 버틸 수 있었다.",
            "저녁에 한강에서 러닝을 했다. 바람이 시원해서 기분이 상쾌해졌다.",
            "친구와 떡볶이를 먹으며 수다를 떨었다. 웃다 보니 스트레스가 풀렸다.",
            "주말에 고양이와 뒹굴며 영화를 봤다. 아무것도 안 하는 하루도 소중하다.",
            "새로 시작한 기타 연습이 조금씩 늘고 있다. 코드 바꾸는 게 아직 어렵다.",
            "엄마와 통화하며 요즘 이야기를 나눴다. 가족 목소리를 들으니 힘이 났다.",
            "비 오는 날 우산을 들고 서점에 갔다. 여행 에세이를 두 권 샀다."};

    private final TestApi api;
    private final JdbcTemplate jdbc;

    public PersonaFixtures(TestApi api, JdbcTemplate jdbc) {
        this.api = api;
        this.jdbc = jdbc;
    }

    /** n diaries through POST /diaries (today in Seoul), each moved back in time afterwards to free the date. */
    public List<Long> diaries(TestUsers.User u, int n, boolean isPrivate) {
        return diaries(u, n, isPrivate, i -> TOPICS[i % TOPICS.length]);
    }

    public List<Long> diaries(TestUsers.User u, int n, boolean isPrivate, IntFunction<String> content) {
        List<Long> ids = new ArrayList<>();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Seoul"));
        Integer already = jdbc.queryForObject("select count(*) from diaries where user_id = ?", Integer.class, u.id());
        for (int i = 0; i < n; i++) {
            Map<String, Object> body = new HashMap<>();
            body.put("title", "하루 기록 " + (already + i + 1));
            body.put("content", content.apply(i));
            body.put("mood", i % 2 == 0 ? "happy" : "calm");
            body.put("weather", "sunny");
            body.put("diary_date", today.toString());
            body.put("is_private", isPrivate);
            long id = api.post("/api/v1/diaries", body).auth(u).expect(201).json().get("id").asLong();
            LocalDate oldest = jdbc.queryForObject("select min(diary_date) from diaries where user_id = ? and id <> ?",
                    LocalDate.class, u.id(), id);
            LocalDate slot = oldest == null || oldest.isAfter(today.minusDays(10)) ? today.minusDays(10) : oldest.minusDays(1);
            jdbc.update("update diaries set diary_date = ? where id = ?", slot, id);
            ids.add(id);
        }
        return ids;
    }

    public void premium(TestUsers.User u) {
        api.post("/api/v1/subscriptions/upgrade", Map.of("period_days", 30)).auth(u).send();
    }

    public void befriend(TestUsers.User a, TestUsers.User b) {
        long req = api.post("/api/v1/friends/request", Map.of("addressee_id", b.id())).auth(a).expect(201).json()
                .get("id").asLong();
        api.patch("/api/v1/friends/requests/" + req, Map.of("status", "accepted")).auth(b).expect(200);
    }

    /** A complete persona made by the real generation job; returns the persona JSON. */
    public JsonNode generatedPersona(TestUsers.User u) {
        diaries(u, 7, false);
        long job = api.post("/api/v1/personas/generate", null).auth(u).expect(202).json().get("job_id").asLong();
        awaitJob(u, job, "done");
        return api.get("/api/v1/personas/me").auth(u).expect(200).json();
    }

    /** A temporary persona from the quiz (no diaries needed). */
    public JsonNode quizPersona(TestUsers.User u) {
        List<Map<String, Object>> answers = new ArrayList<>();
        for (int q = 1; q <= 5; q++) {
            answers.add(Map.of("question_id", q, "option_id", "a"));
        }
        return api.post("/api/v1/quiz/submit", Map.of("answers", answers)).auth(u).expect(201).json();
    }

    public JsonNode awaitJob(TestUsers.User u, long jobId, String status) {
        long deadline = System.currentTimeMillis() + 30_000;
        JsonNode job = null;
        while (System.currentTimeMillis() < deadline) {
            job = api.get("/api/v1/jobs/" + jobId).auth(u).expect(200).json();
            if (status.equals(job.get("status").asString())) {
                return job;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("job " + jobId + " did not reach " + status + ": " + job);
    }
}
