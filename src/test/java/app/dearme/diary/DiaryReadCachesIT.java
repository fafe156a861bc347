package app.dearme.diary;

import static org.assertj.core.api.Assertions.assertThat;

import app.dearme.support.TestUsers;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The cached reads (issue 15): the list's first page, this month's calendar and this week's insight. Every write shows
 * in the next read, any page size is right, and one user's entry never answers another.
 */
class DiaryReadCachesIT extends DiaryTestBase {

    private JsonNode list(TestUsers.User u, String query) {
        return api.get("/api/v1/diaries" + query).auth(u).expect(200).json();
    }

    private static List<String> titles(JsonNode page) {
        return StreamSupport.stream(page.get("items").spliterator(), false).map(d -> d.get("title").asString()).toList();
    }

    @Test
    void everyWriteShowsInTheNextReadOfTheCachedPage() {
        TestUsers.User u = users.aUser();
        long oldest = write(u, today().minusDays(2), "첫째", "하나").get("id").asLong();
        write(u, today().minusDays(1), "둘째", "둘");
        assertThat(titles(list(u, ""))).containsExactly("둘째", "첫째"); // fills the entry

        long newest = write(u, today(), "셋째", "셋").get("id").asLong();
        JsonNode afterCreate = list(u, "");
        assertThat(titles(afterCreate)).containsExactly("셋째", "둘째", "첫째");
        assertThat(afterCreate.get("total").asLong()).isEqualTo(3);

        api.patch("/api/v1/diaries/" + newest, Map.of("title", "고친 셋째", "mood", "calm")).auth(u).expect(200);
        JsonNode afterPatch = list(u, "?per_page=10");
        assertThat(titles(afterPatch)).containsExactly("고친 셋째", "둘째", "첫째");
        assertThat(afterPatch.get("items").get(0).get("mood").asString()).isEqualTo("calm");

        api.delete("/api/v1/diaries/" + oldest).auth(u).expect(204);
        JsonNode afterDelete = list(u, "");
        assertThat(titles(afterDelete)).containsExactly("고친 셋째", "둘째");
        assertThat(afterDelete.get("total").asLong()).isEqualTo(2);
    }

    @Test
    void calendarAndWeeklyInsightFollowEveryWrite() {
        TestUsers.User u = users.aUser();
        String month = "/api/v1/diaries/calendar?year=" + today().getYear() + "&month=" + today().getMonthValue();
        assertThat(api.get(month).auth(u).expect(200).json().get("items")).isEmpty(); // fills both entries
        assertThat(api.get("/api/v1/diaries/weekly-insight").auth(u).expect(200).json().get("diary_count").asInt()).isZero();

        long id = write(u, today(), "오늘", "좋은 하루", "happy").get("id").asLong();
        JsonNode cal = api.get(month).auth(u).expect(200).json();
        assertThat(cal.get("items")).hasSize(1);
        assertThat(cal.get("items").get(0).get("mood").asString()).isEqualTo("happy");
        JsonNode week = api.get("/api/v1/diaries/weekly-insight").auth(u).expect(200).json();
        assertThat(week.get("diary_count").asInt()).isEqualTo(1);
        assertThat(week.get("dominant_mood").asString()).isEqualTo("happy");

        api.patch("/api/v1/diaries/" + id, Map.of("mood", "sad")).auth(u).expect(200);
        assertThat(api.get(month).auth(u).expect(200).json().get("items").get(0).get("mood").asString()).isEqualTo("sad");
        assertThat(api.get("/api/v1/diaries/weekly-insight").auth(u).expect(200).json().get("dominant_mood").asString())
                .isEqualTo("sad");

        api.delete("/api/v1/diaries/" + id).auth(u).expect(204);
        assertThat(api.get(month).auth(u).expect(200).json().get("items")).isEmpty();
        assertThat(api.get("/api/v1/diaries/weekly-insight").auth(u).expect(200).json().get("diary_count").asInt()).isZero();
    }

    @Test
    void anyPageSizeIsCutFromTheEntryOrReadThrough() {
        TestUsers.User u = users.aUser();
        for (int i = 30; i >= 1; i--) { // 30 diaries, newest = 1 day ago
            seed(u, today().minusDays(i), "calm");
        }
        JsonNode twenty = list(u, "?per_page=20");
        assertThat(twenty.get("items")).hasSize(20);
        assertThat(twenty.get("per_page").asInt()).isEqualTo(20);

        JsonNode one = list(u, "?per_page=1");
        assertThat(one.get("items")).hasSize(1);
        assertThat(one.get("per_page").asInt()).isEqualTo(1);
        assertThat(one.get("total").asLong()).isEqualTo(30);
        assertThat(one.get("items").get(0).get("diary_date").asString()).isEqualTo(today().minusDays(1).toString());

        JsonNode big = list(u, "?per_page=25");
        assertThat(big.get("items")).hasSize(25);
        assertThat(big.get("items").get(24).get("diary_date").asString()).isEqualTo(today().minusDays(25).toString());

        JsonNode second = list(u, "?page=2&per_page=20");
        assertThat(second.get("items")).hasSize(10);
        assertThat(second.get("page").asInt()).isEqualTo(2);

        JsonNode filtered = list(u, "?per_page=20&from=" + today().minusDays(3));
        assertThat(filtered.get("total").asLong()).as("a filtered first page is not the cached one").isEqualTo(3);
    }

    @Test
    void theAssembledPageIsByteForByteWhatTheMapperWrites() {
        TestUsers.User u = users.aUser();
        assertThat(list(u, "?per_page=5").get("items")).isEmpty();
        for (int i = 8; i >= 1; i--) {
            seed(u, today().minusDays(i), i % 2 == 0 ? "happy" : null);
        }
        api.patch("/api/v1/diaries/" + list(u, "?per_page=20&from=1900-01-01").get("items").get(0).get("id").asLong(),
                Map.of("title", "따옴표 \"와\" 이모지 😀 그리고 \\", "weather", "rainy")).auth(u).expect(200);
        for (int size : new int[] {1, 5, 8, 20}) {
            // a from filter that matches everything takes the uncached path, which the mapper serialises whole
            byte[] cached = api.get("/api/v1/diaries?per_page=" + size).auth(u).expect(200).bytes();
            byte[] direct = api.get("/api/v1/diaries?per_page=" + size + "&from=1900-01-01").auth(u).expect(200).bytes();
            assertThat(new String(cached, java.nio.charset.StandardCharsets.UTF_8)).as("per_page=%d", size)
                    .isEqualTo(new String(direct, java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(api.get("/api/v1/diaries").auth(u).expect(200).header("Content-Type")).startsWith("application/json");
    }

    @Test
    void oneUsersEntryNeverAnswersAnother() {
        TestUsers.User a = users.aUser();
        TestUsers.User b = users.aUser();
        write(a, today(), "에이의 일기", "비밀");
        assertThat(titles(list(a, ""))).containsExactly("에이의 일기");
        assertThat(list(b, "").get("total").asLong()).isZero();
        write(b, today(), "비의 일기", "내용");
        assertThat(titles(list(b, ""))).containsExactly("비의 일기");
        assertThat(titles(list(a, ""))).containsExactly("에이의 일기");
    }
}
