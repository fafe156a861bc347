package app.dearme.diary;

import static org.assertj.core.api.Assertions.assertThat;

import app.dearme.support.TestApi;
import app.dearme.support.TestUsers;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class DiaryCrudIT extends DiaryTestBase {

    @Test
    void createsReadsPatchesAndDeletesADiary() {
        TestUsers.User u = users.aUser();
        Map<String, Object> req = with(with(body(today(), "비 오는 날", "창밖으로 빗소리를 들으며 차를 마셨다."), "mood", "calm"),
                "weather", "rainy");
        TestApi.Resp created = api.post("/api/v1/diaries", req).auth(u).expect(201);
        JsonNode d = created.json();
        assertThat(d.get("id").asLong()).isPositive();
        assertThat(d.get("title").asString()).isEqualTo("비 오는 날");
        assertThat(d.get("mood").asString()).isEqualTo("calm");
        assertThat(d.get("weather").asString()).isEqualTo("rainy");
        assertThat(d.get("diary_date").asString()).isEqualTo(today().toString());
        assertThat(d.get("is_private").asBoolean()).isFalse();
        assertThat(d.has("created_at")).isTrue();
        assertThat(d.has("updated_at")).isTrue();
        long id = d.get("id").asLong();

        JsonNode got = api.get("/api/v1/diaries/" + id).auth(u).expect(200).json();
        assertThat(got.get("content").asString()).isEqualTo("창밖으로 빗소리를 들으며 차를 마셨다.");

        JsonNode patched = api.patch("/api/v1/diaries/" + id, Map.of("title", "빗소리", "is_private", true))
                .auth(u).expect(200).json();
        assertThat(patched.get("title").asString()).isEqualTo("빗소리");
        assertThat(patched.get("is_private").asBoolean()).isTrue();
        assertThat(patched.get("mood").asString()).as("absent field keeps its value").isEqualTo("calm");
        assertThat(patched.get("content").asString()).isEqualTo("창밖으로 빗소리를 들으며 차를 마셨다.");

        api.delete("/api/v1/diaries/" + id).auth(u).expect(204);
        api.get("/api/v1/diaries/" + id).auth(u).expect(404);
        api.delete("/api/v1/diaries/" + id).auth(u).expect(404);
    }

    @Test
    void patchWithExplicitNullClearsMoodAndWeatherButAbsentFieldsStay() {
        TestUsers.User u = users.aUser();
        long id = api.post("/api/v1/diaries", with(with(body(today(), "산책", "공원을 걸었다."), "mood", "happy"),
                "weather", "sunny")).auth(u).expect(201).json().get("id").asLong();
        JsonNode p = api.patch("/api/v1/diaries/" + id, "{\"mood\": null}").auth(u).expect(200).json();
        assertThat(p.get("mood").isNull()).isTrue();
        assertThat(p.get("weather").asString()).isEqualTo("sunny");
        p = api.patch("/api/v1/diaries/" + id, "{\"weather\": null, \"mood\": \"grateful\"}").auth(u).expect(200).json();
        assertThat(p.get("weather").isNull()).isTrue();
        assertThat(p.get("mood").asString()).isEqualTo("grateful");
    }

    @Test
    void patchRefusesNullTitleUnknownMoodDateChangeAndWrongTypes() {
        TestUsers.User u = users.aUser();
        long id = write(u, today(), "제목", "내용").get("id").asLong();
        assertThat(firstErrorField(api.patch("/api/v1/diaries/" + id, "{\"title\": null}").auth(u).expect(400)))
                .isEqualTo("title");
        assertThat(firstErrorField(api.patch("/api/v1/diaries/" + id, Map.of("mood", "joyful")).auth(u).expect(400)))
                .isEqualTo("mood");
        assertThat(firstErrorField(api.patch("/api/v1/diaries/" + id,
                Map.of("diary_date", today().minusDays(1).toString())).auth(u).expect(400))).isEqualTo("diary_date");
        assertThat(firstErrorField(api.patch("/api/v1/diaries/" + id, "{\"is_private\": \"yes\"}").auth(u).expect(400)))
                .isEqualTo("is_private");
        assertThat(firstErrorField(api.patch("/api/v1/diaries/" + id, "{\"content\": 42}").auth(u).expect(400)))
                .isEqualTo("content");
        api.patch("/api/v1/diaries/" + id, "[1,2]").auth(u).expect(400);
        api.patch("/api/v1/diaries/" + id, "{\"title\": ").auth(u).expect(400);
        api.patch("/api/v1/diaries/" + id, Map.of("content", "가".repeat(20_001))).auth(u).expect(400);
        JsonNode still = api.get("/api/v1/diaries/" + id).auth(u).expect(200).json();
        assertThat(still.get("title").asString()).isEqualTo("제목");
        assertThat(still.get("content").asString()).isEqualTo("내용");
    }

    @Test
    void anotherUsersDiaryIs404ForGetPatchAndDeleteAndStaysUnchanged() {
        TestUsers.User owner = users.aUser();
        TestUsers.User other = users.aUser();
        long id = write(owner, today(), "나만의 비밀", "아무에게도 말하지 않은 이야기").get("id").asLong();
        TestApi.Resp r = api.get("/api/v1/diaries/" + id).auth(other).expect(404);
        assertThat(r.contentType()).startsWith("application/problem+json");
        api.patch("/api/v1/diaries/" + id, Map.of("title", "바꿔치기")).auth(other).expect(404);
        api.delete("/api/v1/diaries/" + id).auth(other).expect(404);
        JsonNode d = api.get("/api/v1/diaries/" + id).auth(owner).expect(200).json();
        assertThat(d.get("title").asString()).isEqualTo("나만의 비밀");
        assertThat(api.get("/api/v1/diaries").auth(other).expect(200).json().get("total").asLong()).isZero();
    }

    @Test
    void secondDiaryOnTheSameDateIs409() {
        TestUsers.User u = users.aUser();
        write(u, today(), "첫 번째", "오늘의 일기");
        TestApi.Resp r = api.post("/api/v1/diaries", body(today(), "두 번째", "또 쓰기")).auth(u).expect(409);
        assertThat(slug(r)).isEqualTo("diary-exists");
        assertThat(api.get("/api/v1/diaries/count").auth(u).expect(200).json().get("count").asLong()).isEqualTo(1);
    }

    @Test
    void twoConcurrentCreatesForOneDateGiveExactlyOne201AndOne409() throws Exception {
        TestUsers.User u = users.aUser();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                String title = "동시에 쓴 일기 " + i;
                results.add(pool.submit(() -> {
                    start.await();
                    return api.post("/api/v1/diaries", body(today(), title, "더블 클릭")).auth(u).send().status();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : results) {
                statuses.add(f.get());
            }
            Collections.sort(statuses);
            assertThat(statuses).containsExactly(201, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select count(*) from diaries where user_id = ?", Long.class, u.id())).isEqualTo(1);
    }

    @Test
    void writingWindowFollowsTheUsersTimeZone() {
        // the same instant is at least one calendar day apart in these two zones (UTC+14 vs UTC−11)
        ZoneId kiritimati = ZoneId.of("Pacific/Kiritimati");
        ZoneId pagoPago = ZoneId.of("Pacific/Pago_Pago");
        TestUsers.User early = users.aUser();
        TestUsers.User late = users.aUser();
        zone(early, kiritimati.getId());
        zone(late, pagoPago.getId());
        LocalDate kToday = LocalDate.now(kiritimati);
        LocalDate pToday = LocalDate.now(pagoPago);
        assertThat(kToday).isAfter(pToday);

        // Kiritimati's today is the future in Pago Pago
        TestApi.Resp future = api.post("/api/v1/diaries", body(kToday, "앞선 하루", "벌써 내일")).auth(late).expect(422);
        assertThat(slug(future)).isEqualTo("diary-date-in-future");
        write(early, kToday, "오늘", "키리티마티의 오늘");
        TestApi.Resp tomorrow = api.post("/api/v1/diaries", body(kToday.plusDays(1), "내일", "미리 쓰기"))
                .auth(early).expect(422);
        assertThat(slug(tomorrow)).isEqualTo("diary-date-in-future");

        write(early, kToday.minusDays(3), "사흘 전", "아직 쓸 수 있다");
        TestApi.Resp old = api.post("/api/v1/diaries", body(kToday.minusDays(4), "나흘 전", "너무 늦었다"))
                .auth(early).expect(422);
        assertThat(slug(old)).isEqualTo("diary-date-too-old");
        assertThat(old.json().get("detail").asString()).isNotEqualTo(future.json().get("detail").asString());

        // Pago Pago's today−3 is already too old in Kiritimati, but fine in Pago Pago
        api.post("/api/v1/diaries", body(pToday.minusDays(3), "사흘 전", "파고파고")).auth(early).expect(422);
        write(late, pToday.minusDays(3), "사흘 전", "파고파고의 사흘 전");
        write(late, pToday, "오늘", "파고파고의 오늘");
    }

    @Test
    void idempotencyKeyReplaysTheFirstResultAndCreatesNothingNew() {
        TestUsers.User u = users.aUser();
        Map<String, Object> req = body(today(), "한 번만", "네트워크가 끊겨서 다시 보냈다.");
        TestApi.Resp first = api.post("/api/v1/diaries", req).auth(u).header("Idempotency-Key", "key-1").expect(201);
        TestApi.Resp again = api.post("/api/v1/diaries", req).auth(u).header("Idempotency-Key", "key-1").expect(201);
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(jdbc.queryForObject("select count(*) from diaries where user_id = ?", Long.class, u.id())).isEqualTo(1);

        TestApi.Resp reused = api.post("/api/v1/diaries", body(today().minusDays(1), "다른 내용", "다른 날"))
                .auth(u).header("Idempotency-Key", "key-1").expect(422);
        assertThat(slug(reused)).isEqualTo("idempotency-key-reused");
        // without a key the duplicate date is a plain conflict
        api.post("/api/v1/diaries", req).auth(u).expect(409);
        // another user may use the same key
        TestUsers.User other = users.aUser();
        api.post("/api/v1/diaries", req).auth(other).header("Idempotency-Key", "key-1").expect(201);
        api.post("/api/v1/diaries", req).auth(u).header("Idempotency-Key", "x".repeat(201)).expect(400);
    }

    @Test
    void idempotencyKeyOlderThan24HoursIsForgotten() {
        TestUsers.User u = users.aUser();
        Map<String, Object> req = body(today(), "어제의 키", "하루가 지났다.");
        long id = api.post("/api/v1/diaries", req).auth(u).header("Idempotency-Key", "old").expect(201).json()
                .get("id").asLong();
        jdbc.update("update idempotency_keys set created_at = now() - interval '25 hours' where user_id = ?", u.id());
        api.delete("/api/v1/diaries/" + id).auth(u).expect(204);
        JsonNode again = api.post("/api/v1/diaries", req).auth(u).header("Idempotency-Key", "old").expect(201).json();
        assertThat(again.get("id").asLong()).isNotEqualTo(id);
    }

    @Test
    void invalidInputIs400WithFieldErrors() {
        TestUsers.User u = users.aUser();
        String d = today().toString();
        assertThat(firstErrorField(api.post("/api/v1/diaries", "{\"title\":\"t\",\"content\":\"c\",\"diary_date\":\"2024-02-30\"}")
                .auth(u).expect(400))).isEqualTo("diary_date");
        assertThat(firstErrorField(api.post("/api/v1/diaries", with(body(today(), "t", "c"), "mood", "ecstatic"))
                .auth(u).expect(400))).isEqualTo("mood");
        assertThat(firstErrorField(api.post("/api/v1/diaries", with(body(today(), "t", "c"), "weather", "hail"))
                .auth(u).expect(400))).isEqualTo("weather");
        assertThat(firstErrorField(api.post("/api/v1/diaries", body(today(), "t", "가".repeat(20_001)))
                .auth(u).expect(400))).isEqualTo("content");
        assertThat(firstErrorField(api.post("/api/v1/diaries", body(today(), "제".repeat(201), "c"))
                .auth(u).expect(400))).isEqualTo("title");
        assertThat(firstErrorField(api.post("/api/v1/diaries", body(today(), "   ", "c")).auth(u).expect(400)))
                .isEqualTo("title");
        assertThat(firstErrorField(api.post("/api/v1/diaries", body(today(), "t", " \n\t ")).auth(u).expect(400)))
                .isEqualTo("content");
        assertThat(firstErrorField(api.post("/api/v1/diaries", "{\"title\":\"t\",\"content\":\"c\"}").auth(u).expect(400)))
                .isEqualTo("diary_date");
        api.post("/api/v1/diaries", "{\"title\":\"t\",\"content\":\"c\",\"diary_date\":\"" + d + "\",\"is_private\":\"maybe\"}")
                .auth(u).expect(400);
        api.post("/api/v1/diaries", "{not json").auth(u).expect(400);
        api.post("/api/v1/diaries", "[]").auth(u).expect(400);
        api.post("/api/v1/diaries", null).raw(new byte[0], "application/json").auth(u).expect(400);
        api.post("/api/v1/diaries", "title=t").auth(u).contentType("text/plain").expect(415);
        api.get("/api/v1/diaries/abc").auth(u).expect(400);
        api.get("/api/v1/diaries").expect(401);
        assertThat(api.get("/api/v1/diaries/count").auth(u).expect(200).json().get("count").asLong()).isZero();
        // exactly 20,000 characters (emoji count as one) is fine
        String max = "😀".repeat(10_000) + "가".repeat(10_000);
        assertThat(write(u, today(), "😀".repeat(200), max).get("content").asString()).isEqualTo(max);
    }

    @Test
    void unicodeAndSqlLookingTextIsStoredVerbatimAndNulIsRefused() {
        TestUsers.User u = users.aUser();
        String content = "오늘은 🎉🥰 좋은 날! 조합형: 한\u1100\u1161\u11A8 é\u0301 '; drop table diaries; -- \" \\ %_";
        JsonNode d = write(u, today(), "'); delete from users; --", content);
        assertThat(d.get("content").asString()).isEqualTo(content);
        assertThat(d.get("title").asString()).isEqualTo("'); delete from users; --");
        // PostgreSQL text cannot hold NUL: refused as a field error, never a 500
        assertThat(firstErrorField(api.post("/api/v1/diaries", body(today().minusDays(1), "널\u0000문자", "내용"))
                .auth(u).expect(400))).isEqualTo("title");
        assertThat(firstErrorField(api.patch("/api/v1/diaries/" + d.get("id").asLong(), Map.of("content", "가\u0000나"))
                .auth(u).expect(400))).isEqualTo("content");
        JsonNode again = api.get("/api/v1/diaries/" + d.get("id").asLong()).auth(u).expect(200).json();
        assertThat(again.get("content").asString()).isEqualTo(content);
    }

    @Test
    void listIsPaginatedNewestFirstAndFiltersByMoodAndDates() {
        TestUsers.User u = users.aUser();
        for (int i = 0; i < 5; i++) {
            seed(u, today().minusDays(10 + i), i % 2 == 0 ? "happy" : "sad");
        }
        JsonNode p1 = api.get("/api/v1/diaries?page=1&per_page=2").auth(u).expect(200).json();
        assertThat(p1.get("total").asLong()).isEqualTo(5);
        assertThat(p1.get("page").asInt()).isEqualTo(1);
        assertThat(p1.get("per_page").asInt()).isEqualTo(2);
        assertThat(p1.get("items").get(0).get("diary_date").asString()).isEqualTo(today().minusDays(10).toString());
        assertThat(p1.get("items").get(1).get("diary_date").asString()).isEqualTo(today().minusDays(11).toString());
        JsonNode p3 = api.get("/api/v1/diaries?page=3&per_page=2").auth(u).expect(200).json();
        assertThat(p3.get("items").size()).isEqualTo(1);
        // past the end: no items, the total still counts (one statement answers both)
        JsonNode p9 = api.get("/api/v1/diaries?page=9&per_page=2").auth(u).expect(200).json();
        assertThat(p9.get("items").size()).isZero();
        assertThat(p9.get("total").asLong()).isEqualTo(5);
        assertThat(api.get("/api/v1/diaries?mood=happy").auth(u).expect(200).json().get("total").asLong()).isEqualTo(3);
        JsonNode range = api.get("/api/v1/diaries?from=" + today().minusDays(12) + "&to=" + today().minusDays(11))
                .auth(u).expect(200).json();
        assertThat(range.get("total").asLong()).isEqualTo(2);
        api.get("/api/v1/diaries?page=0").auth(u).expect(400);
        api.get("/api/v1/diaries?per_page=101").auth(u).expect(400);
        api.get("/api/v1/diaries?per_page=0").auth(u).expect(400);
        api.get("/api/v1/diaries?page=x").auth(u).expect(400);
        api.get("/api/v1/diaries?mood=joyful").auth(u).expect(400);
        api.get("/api/v1/diaries?from=2024-13-01").auth(u).expect(400);
        api.get("/api/v1/diaries?from=2024-05-02&to=2024-05-01").auth(u).expect(400);
    }

    @Test
    void everyWritePublishesDiaryChangedWithTheTotalCount() {
        TestUsers.User u = users.aUser();
        DiaryEvents.clear();
        long id = write(u, today(), "하나", "첫 일기").get("id").asLong();
        write(u, today().minusDays(1), "둘", "두 번째 일기");
        api.patch("/api/v1/diaries/" + id, Map.of("mood", "happy")).auth(u).expect(200);
        api.delete("/api/v1/diaries/" + id).auth(u).expect(204);
        List<DiaryChanged> mine = DiaryEvents.of(u.id());
        assertThat(mine).extracting(DiaryChanged::kind).containsExactly(DiaryChanged.Kind.CREATED,
                DiaryChanged.Kind.CREATED, DiaryChanged.Kind.UPDATED, DiaryChanged.Kind.DELETED);
        assertThat(mine).extracting(DiaryChanged::totalCount).containsExactly(1, 2, 2, 1);
    }
}
