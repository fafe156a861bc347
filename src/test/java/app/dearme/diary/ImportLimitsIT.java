package app.dearme.diary;

import static org.assertj.core.api.Assertions.assertThat;

import app.dearme.support.TestApi;
import app.dearme.support.TestUsers;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Issue 14: quotas on entries per import and imports per day, and a bounded job fan-out per import. */
class ImportLimitsIT extends DiaryTestBase {

    private TestApi.Call upload(byte[] file) {
        String boundary = "----lim" + System.nanoTime();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"d.json\""
                + "\r\nContent-Type: application/json\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        b.writeBytes(file);
        b.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.post("/api/v1/diaries/import", null).raw(b.toByteArray(), "multipart/form-data; boundary=" + boundary);
    }

    /** A DearMe JSON export with {@code n} diaries on consecutive days ending {@code last}. */
    private static byte[] export(int n, LocalDate last) {
        List<Map<String, Object>> diaries = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            diaries.add(Map.of("diary_date", last.minusDays(i).toString(), "title", "가져온 일기 " + i,
                    "content", "오래된 일기장에서 옮겨 온 " + i + "번째 하루예요."));
        }
        return TestApi.toJson(Map.of("diaries", diaries)).getBytes(StandardCharsets.UTF_8);
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    @Test
    void aFileOverTheEntryQuotaIsRefusedWholeWithAKoreanMessage() {
        TestUsers.User u = users.aUser();
        TestApi.Resp r = upload(export(1001, today().minusDays(10))).auth(u).send();
        assertThat(r.status()).as(r.text()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        JsonNode err = r.json().get("errors").get(0);
        assertThat(err.get("field").asString()).isEqualTo("file");
        assertThat(err.get("message").asString()).contains("1000개까지");
        assertThat(count("select count(*) from diaries where user_id = ?", u.id())).isZero();
        assertThat(count("select count(*) from diary_imports where user_id = ?", u.id())).isZero();
    }

    @Test
    void theSixthImportInADayIs429WhileFailuresAndReplaysDoNotCount() {
        TestUsers.User u = users.aUser();
        upload("not json".getBytes()).auth(u).expect(400); // a failed import does not count
        for (int i = 0; i < 5; i++) {
            String key = "day-" + i;
            byte[] file = export(1, today().minusYears(1).minusDays(i));
            upload(file).auth(u).header("Idempotency-Key", key).expect(200);
            if (i == 0) {
                upload(file).auth(u).header("Idempotency-Key", key).expect(200); // a replay does not count
            }
        }
        TestApi.Resp sixth = upload(export(1, today().minusYears(2))).auth(u).send();
        assertThat(sixth.status()).as(sixth.text()).isEqualTo(429);
        assertThat(sixth.contentType()).startsWith("application/problem+json");
        assertThat(sixth.json().get("detail").asString()).contains("24시간에 5번까지");
        long retryAfter = Long.parseLong(sixth.header("Retry-After"));
        assertThat(retryAfter).isBetween(Duration.ofHours(23).toSeconds(), Duration.ofHours(24).toSeconds());
        assertThat(count("select count(*) from diaries where user_id = ?", u.id())).isEqualTo(5);

        // the window rolls: once the oldest import is a day old, one more fits
        jdbc.update("update diary_imports set created_at = created_at - interval '25 hours' where id = "
                + "(select min(id) from diary_imports where user_id = ?)", u.id());
        upload(export(1, today().minusYears(2))).auth(u).expect(200);
    }

    @Test
    void aBigImportQueuesABoundedNumberOfJobsAndStillIndexesEveryDiary() {
        TestUsers.User u = users.aUser();
        JsonNode result = upload(export(250, today().minusDays(400))).auth(u).expect(200).json();
        assertThat(result.get("imported").asInt()).isEqualTo(250);
        awaitEventListeners(); // the analyses are enqueued by mental's listener, after the import commits
        assertThat(count("select count(*) from jobs where user_id = ? and kind = 'mental_analysis'", u.id()))
                .isEqualTo(30);
        assertThat(count("select count(*) from jobs where user_id = ? and kind = 'diary_index'", u.id()))
                .isEqualTo(3);
        // the newest days are the ones analysed
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                count("select count(*) from jobs where user_id = ? and status <> 'done'", u.id()))
                .isZero());
        assertThat(count("""
                select count(*) from mental_analyses a join diaries d on d.id = a.diary_id
                where a.user_id = ? and d.diary_date >= ?""", u.id(), today().minusDays(429))).isEqualTo(30);
        // every diary is searchable (its full-text vector was written with the row, the batches re-checked it)
        assertThat(count("select count(*) from diaries where user_id = ? and search_vector is not null", u.id()))
                .isEqualTo(250);
    }
}
