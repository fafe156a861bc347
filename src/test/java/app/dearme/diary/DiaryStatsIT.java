package app.dearme.diary;

import static org.assertj.core.api.Assertions.assertThat;

import app.dearme.support.TestUsers;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class DiaryStatsIT extends DiaryTestBase {

    @Test
    void statsCountStreaksMoodsMonthsAndWeeklyAverage() {
        TestUsers.User u = users.aUser();
        LocalDate t = today();
        Map<String, Long> months = new TreeMap<>();
        for (int back : new int[] {0, 1, 2, 10, 11, 12, 13, 14}) {
            LocalDate d = t.minusDays(back);
            seed(u, d, back < 3 ? "happy" : back == 14 ? null : "tired");
            months.merge(YearMonth.from(d).toString(), 1L, Long::sum);
        }
        JsonNode s = api.get("/api/v1/diaries/stats").auth(u).expect(200).json();
        assertThat(s.get("total_count").asLong()).isEqualTo(8);
        assertThat(s.get("current_streak").asInt()).isEqualTo(3);
        assertThat(s.get("longest_streak").asInt()).isEqualTo(5);
        assertThat(s.get("mood_distribution").get("happy").asLong()).isEqualTo(3);
        assertThat(s.get("mood_distribution").get("tired").asLong()).isEqualTo(4);
        assertThat(s.get("mood_distribution").size()).isEqualTo(2);
        assertThat(TestApiJson.toMap(s.get("monthly_count"))).isEqualTo(months);
        // 8 diaries over 15 days → 8 ÷ 15 × 7 = 3.73…
        assertThat(s.get("weekly_average").asDouble()).isEqualTo(3.7);
    }

    @Test
    void currentStreakCountsFromYesterdayWhenTodayHasNoDiaryYet() {
        TestUsers.User u = users.aUser();
        seed(u, today().minusDays(1), "calm");
        seed(u, today().minusDays(2), "calm");
        seed(u, today().minusDays(4), "calm");
        JsonNode s = api.get("/api/v1/diaries/stats").auth(u).expect(200).json();
        assertThat(s.get("current_streak").asInt()).isEqualTo(2);
        assertThat(s.get("longest_streak").asInt()).isEqualTo(2);
        // 3 diaries, span 4 days < 7 → 3 ÷ 7 × 7
        assertThat(s.get("weekly_average").asDouble()).isEqualTo(3.0);

        TestUsers.User gap = users.aUser();
        seed(gap, today().minusDays(2), "sad");
        assertThat(api.get("/api/v1/diaries/stats").auth(gap).expect(200).json().get("current_streak").asInt()).isZero();
    }

    @Test
    void statsOfANewUserAreZero() {
        TestUsers.User u = users.aUser();
        JsonNode s = api.get("/api/v1/diaries/stats").auth(u).expect(200).json();
        assertThat(s.get("total_count").asLong()).isZero();
        assertThat(s.get("current_streak").asInt()).isZero();
        assertThat(s.get("longest_streak").asInt()).isZero();
        assertThat(s.get("mood_distribution").size()).isZero();
        assertThat(s.get("monthly_count").size()).isZero();
        assertThat(s.get("weekly_average").asDouble()).isZero();
    }

    @Test
    void monthlyCountKeepsTheLatestTwelveMonthsWithDiariesAscending() {
        TestUsers.User u = users.aUser();
        YearMonth now = YearMonth.from(today());
        for (int m = 0; m < 15; m++) {
            seed(u, now.minusMonths(m * 2L).atDay(1), null);
        }
        JsonNode monthly = api.get("/api/v1/diaries/stats").auth(u).expect(200).json().get("monthly_count");
        assertThat(monthly.propertyNames()).hasSize(12).first().isEqualTo(now.minusMonths(22).toString());
        assertThat(monthly.propertyNames()).last().isEqualTo(now.toString());
    }

    @Test
    void statsAreCachedAndEvictedByEveryDiaryWrite() {
        TestUsers.User u = users.aUser();
        write(u, today(), "하나", "첫 일기");
        assertThat(total(u)).isEqualTo(1);
        seed(u, today().minusDays(30), null); // bypasses the service: the cached value stays
        assertThat(total(u)).isEqualTo(1);
        long id = write(u, today().minusDays(1), "둘", "두 번째").get("id").asLong();
        assertThat(total(u)).isEqualTo(3);
        seed(u, today().minusDays(31), null);
        api.patch("/api/v1/diaries/" + id, Map.of("mood", "happy")).auth(u).expect(200);
        assertThat(total(u)).isEqualTo(4);
        api.delete("/api/v1/diaries/" + id).auth(u).expect(204);
        assertThat(total(u)).isEqualTo(3);
    }

    private long total(TestUsers.User u) {
        return api.get("/api/v1/diaries/stats").auth(u).expect(200).json().get("total_count").asLong();
    }

    @Test
    void calendarListsTheMonthsDiariesWithMoodAndId() {
        TestUsers.User u = users.aUser();
        long a = seed(u, LocalDate.of(2024, 2, 1), "happy");
        long b = seed(u, LocalDate.of(2024, 2, 29), null);
        seed(u, LocalDate.of(2024, 3, 1), "sad");
        JsonNode c = api.get("/api/v1/diaries/calendar?year=2024&month=2").auth(u).expect(200).json();
        assertThat(c.get("year").asInt()).isEqualTo(2024);
        assertThat(c.get("month").asInt()).isEqualTo(2);
        assertThat(c.get("items").size()).isEqualTo(2);
        assertThat(c.get("items").get(0).get("diary_date").asString()).isEqualTo("2024-02-01");
        assertThat(c.get("items").get(0).get("mood").asString()).isEqualTo("happy");
        assertThat(c.get("items").get(0).get("diary_id").asLong()).isEqualTo(a);
        assertThat(c.get("items").get(1).get("diary_id").asLong()).isEqualTo(b);
        assertThat(c.get("items").get(1).get("mood").isNull()).isTrue();
        JsonNode current = api.get("/api/v1/diaries/calendar").auth(u).expect(200).json();
        assertThat(current.get("month").asInt()).isEqualTo(today().getMonthValue());
        api.get("/api/v1/diaries/calendar?year=2024&month=13").auth(u).expect(400);
        api.get("/api/v1/diaries/calendar?year=2024&month=0").auth(u).expect(400);
        api.get("/api/v1/diaries/calendar?year=99999&month=1").auth(u).expect(400);
        api.get("/api/v1/diaries/calendar?year=abc&month=1").auth(u).expect(400);
        TestUsers.User other = users.aUser();
        assertThat(api.get("/api/v1/diaries/calendar?year=2024&month=2").auth(other).expect(200).json()
                .get("items").size()).isZero();
    }

    @Test
    void weeklyInsightComparesThisWeekWithLastWeek() {
        TestUsers.User u = users.aUser();
        LocalDate t = today();
        LocalDate monday = t.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int days = 0;
        for (LocalDate d = monday; !d.isAfter(t); d = d.plusDays(1)) {
            seed(u, d, "grateful");
            days++;
        }
        jdbc.update("update diaries set is_private = true where user_id = ? and diary_date = ?", u.id(), t);
        seed(u, monday.minusDays(7), "happy");
        seed(u, monday.minusDays(6), "sad");
        seed(u, monday.minusDays(5), null);
        JsonNode w = api.get("/api/v1/diaries/weekly-insight").auth(u).expect(200).json();
        assertThat(w.get("diary_count").asInt()).isEqualTo(days);
        assertThat(w.get("positive_ratio").asDouble()).isEqualTo(1.0);
        assertThat(w.get("positive_ratio_change").asDouble()).isEqualTo(0.5);
        assertThat(w.get("dominant_mood").asString()).isEqualTo("grateful");
        assertThat(w.get("last_diary_date").asString()).isEqualTo(t.toString());
        assertThat(w.get("current_streak").asInt()).isGreaterThanOrEqualTo(days);
        assertThat(w.get("summary").asString()).isNotBlank();
    }

    @Test
    void weeklyInsightWithoutLastWeekHasNoChangeAndMixedMoodsAreRounded() {
        TestUsers.User u = users.aUser();
        write(u, today(), "오늘", "좋은 날", "happy");
        JsonNode w = api.get("/api/v1/diaries/weekly-insight").auth(u).expect(200).json();
        assertThat(w.get("positive_ratio_change").isNull()).isTrue();
        assertThat(w.get("positive_ratio").asDouble()).isEqualTo(1.0);
        assertThat(w.get("diary_count").asInt()).isEqualTo(1);

        TestUsers.User empty = users.aUser();
        JsonNode none = api.get("/api/v1/diaries/weekly-insight").auth(empty).expect(200).json();
        assertThat(none.get("diary_count").asInt()).isZero();
        assertThat(none.get("last_diary_date").isNull()).isTrue();
        assertThat(none.get("dominant_mood").isNull()).isTrue();
        assertThat(none.get("summary").asString()).isNotBlank();
    }

    @Test
    void promptSuggestionsAlwaysGiveThree() {
        TestUsers.User u = users.aUser();
        JsonNode p = api.get("/api/v1/diaries/prompt-suggestions").auth(u).expect(200).json().get("prompts");
        assertThat(p.size()).isEqualTo(3);
        p.forEach(x -> {
            assertThat(x.get("title").asString()).isNotBlank();
            assertThat(x.get("description").asString()).isNotBlank();
        });
        write(u, today(), "회사", "오늘 회의가 길었다.", "tired");
        assertThat(api.get("/api/v1/diaries/prompt-suggestions").auth(u).expect(200).json().get("prompts").size())
                .isEqualTo(3);
    }

    @Test
    void countCountsOnlyTheCallersDiaries() {
        TestUsers.User u = users.aUser();
        seed(u, today().minusDays(40), null);
        seed(u, today().minusDays(41), null);
        seed(users.aUser(), today(), null);
        assertThat(api.get("/api/v1/diaries/count").auth(u).expect(200).json().get("count").asLong()).isEqualTo(2);
    }
}
