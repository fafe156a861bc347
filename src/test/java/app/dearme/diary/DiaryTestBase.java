package app.dearme.diary;

import app.dearme.support.IntegrationTest;
import app.dearme.support.TestApi;
import app.dearme.support.TestUsers;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Small fixtures for the diary tests (same Spring context as every other integration test). */
abstract class DiaryTestBase extends IntegrationTest {

    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    static LocalDate today() {
        return LocalDate.now(SEOUL);
    }

    static Map<String, Object> body(LocalDate date, String title, String content) {
        Map<String, Object> m = new HashMap<>();
        m.put("diary_date", date.toString());
        m.put("title", title);
        m.put("content", content);
        return m;
    }

    static Map<String, Object> with(Map<String, Object> m, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(m);
        copy.put(key, value);
        return copy;
    }

    JsonNode write(TestUsers.User u, LocalDate date, String title, String content) {
        return api.post("/api/v1/diaries", body(date, title, content)).auth(u).expect(201).json();
    }

    JsonNode write(TestUsers.User u, LocalDate date, String title, String content, String mood) {
        return api.post("/api/v1/diaries", with(body(date, title, content), "mood", mood)).auth(u).expect(201).json();
    }

    /** A diary on any date (stats, streaks, calendars need the past): arranged in the database directly. */
    long seed(TestUsers.User u, LocalDate date, String mood) {
        return jdbc.queryForObject("insert into diaries (user_id, title, content, mood, diary_date) values (?, ?, ?, ?, ?) "
                + "returning id", Long.class, u.id(), date + "의 일기", "오늘도 하루를 정리했다.", mood, date);
    }

    void zone(TestUsers.User u, String zone) {
        api.patch("/api/v1/users/me", Map.of("timezone", zone)).auth(u).expect(200);
    }

    static String slug(TestApi.Resp r) {
        String type = r.json().get("type").asString();
        return type.substring(type.lastIndexOf('/') + 1);
    }

    static String firstErrorField(TestApi.Resp r) {
        return r.json().get("errors").get(0).get("field").asString();
    }
}
