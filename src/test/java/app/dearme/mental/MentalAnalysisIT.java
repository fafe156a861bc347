package app.dearme.mental;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.dearme.support.TestUsers.User;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class MentalAnalysisIT extends MentalTestBase {

    static final String HAPPY = "오늘은 친구들과 공원에서 산책하고 맛있는 저녁을 먹었다. 정말 행복하고 감사한 하루였다. "
            + "일도 잘 마무리해서 뿌듯하고 내일이 기대된다. 가족과 통화하며 많이 웃었다.";
    static final String SAD = "오늘은 너무 우울하고 외로웠다. 아무도 만나지 않았고 하루 종일 무기력하게 누워 있었다. "
            + "나는 쓸모없는 사람 같고 불안해서 잠도 오지 않는다. 모든 게 실패한 것 같아 눈물이 났다.";

    @Test
    void anAnalysisFollowsTheDiaryIsReplacedOnEditAndGoesWithTheDiary() {
        User u = users.aUser();
        long diaryId = writeDiary(u, today(), "좋은 날", HAPPY, false).get("id").asLong();
        Map<String, Object> first = awaitAnalysis(diaryId);
        assertThat(first.get("analysis_date").toString()).isEqualTo(today().toString());

        JsonNode current = api.get("/api/v1/mental/current").auth(u).expect(200).json();
        assertThat(current.get("diary_id").asLong()).isEqualTo(diaryId);
        assertThat(current.get("summary").asString()).isNotBlank();
        assertThat(current.get("feedback").get("message").asString()).isNotBlank();
        assertThat(current.get("overall_status").asString()).isIn("good", "neutral", "concerning", "critical");

        api.patch("/api/v1/diaries/" + diaryId, Map.of("content", SAD)).auth(u).expect(200);
        long firstId = ((Number) first.get("id")).longValue();
        Object firstPositivity = first.get("positivity");
        await().atMost(Duration.ofSeconds(30)).until(() -> !jdbc.queryForObject(
                "select positivity from mental_analyses where diary_id = ?", Object.class, diaryId).equals(firstPositivity));
        assertThat(jdbc.queryForObject("select count(*) from mental_analyses where diary_id = ?", Integer.class, diaryId))
                .isEqualTo(1);
        int happyPositivity = ((Number) firstPositivity).intValue();
        int sadPositivity = jdbc.queryForObject("select positivity from mental_analyses where diary_id = ?", Integer.class, diaryId);
        assertThat(sadPositivity).isLessThan(happyPositivity);
        assertThat(jdbc.queryForObject("select id from mental_analyses where diary_id = ?", Long.class, diaryId))
                .isEqualTo(firstId);

        api.delete("/api/v1/diaries/" + diaryId).auth(u).expect(204);
        assertThat(jdbc.queryForObject("select count(*) from mental_analyses where diary_id = ?", Integer.class, diaryId))
                .isZero();
        api.get("/api/v1/mental/current").auth(u).expect(404);
    }

    @Test
    void theAccountExportCarriesAnalysesAndReportsOfTheOwnerOnly() {
        User u = users.aUser();
        User other = users.aUser();
        long diaryId = writeDiary(u, today(), "내보내기", HAPPY, false).get("id").asLong();
        awaitAnalysis(diaryId);
        api.get("/api/v1/mental/reports/weekly").auth(u).expect(200);

        JsonNode mental = api.get("/api/v1/users/me/export?format=json").auth(u).expect(200).json().get("mental");
        assertThat(mental.get("analyses")).hasSize(1);
        assertThat(mental.get("analyses").get(0).get("diary_id").asLong()).isEqualTo(diaryId);
        assertThat(mental.get("reports")).hasSize(1);
        assertThat(mental.get("reports").get(0).get("report_type").asString()).isEqualTo("weekly");
        JsonNode others = api.get("/api/v1/users/me/export?format=json").auth(other).expect(200).json().get("mental");
        assertThat(others.get("analyses")).isEmpty();
        assertThat(others.get("reports")).isEmpty();
    }

    @Test
    void privateDiariesAreAnalysedForTheirOwnerOnly() {
        User u = users.aUser();
        User other = users.aUser();
        long diaryId = writeDiary(u, today(), "비밀", HAPPY, true).get("id").asLong();
        awaitAnalysis(diaryId);
        assertThat(api.get("/api/v1/mental/current").auth(u).expect(200).json().get("diary_id").asLong()).isEqualTo(diaryId);
        api.get("/api/v1/mental/current").auth(other).expect(404);
        assertThat(api.get("/api/v1/mental/history").auth(other).expect(200).json().get("total").asInt()).isZero();
    }

    @Test
    void aSafetySignalShowsTheKoreanCrisisLines() {
        User u = users.aUser();
        long diaryId = writeDiary(u, today(), "힘든 밤", "요즘 너무 힘들어서 죽고 싶다는 생각이 자꾸 든다. 사라지고 싶다.",
                false).get("id").asLong();
        Map<String, Object> row = awaitAnalysis(diaryId);
        assertThat(row.get("safety_flag")).isEqualTo(true);
        JsonNode current = api.get("/api/v1/mental/current").auth(u).expect(200).json();
        assertThat(current.get("safety_flag").asBoolean()).isTrue();
        assertThat(current.get("crisis_resources").toString()).contains("109").contains("1577-0199").contains("119");
    }

    @Test
    void feedbackIsForTheCallersOwnAnalysesOnly() {
        User a = users.aUser();
        User b = users.aUser();
        long aAnalysis = seedAnalysis(a, today().minusDays(1), 20, 20, 25, 30, 20, 60);
        long bAnalysis = seedAnalysis(b, today(), 70);

        JsonNode latest = api.post("/api/v1/mental/feedback", null).auth(a).expect(200).json();
        assertThat(latest.get("analysis_id").asLong()).isEqualTo(aAnalysis);
        assertThat(latest.get("overall_status").asString()).isEqualTo("critical");
        assertThat(latest.get("feedback").get("suggestion").asString()).isNotBlank();
        assertThat(latest.get("crisis_resources").toString()).contains("109");
        assertThat(api.post("/api/v1/mental/feedback", Map.of("analysis_id", aAnalysis)).auth(a).expect(200).json()
                .get("analysis_id").asLong()).isEqualTo(aAnalysis);

        String before = jdbc.queryForObject("select coalesce(feedback::text, '') from mental_analyses where id = ?",
                String.class, bAnalysis);
        api.post("/api/v1/mental/feedback", Map.of("analysis_id", bAnalysis)).auth(a).expect(404);
        assertThat(jdbc.queryForObject("select coalesce(feedback::text, '') from mental_analyses where id = ?",
                String.class, bAnalysis)).isEqualTo(before);
        api.post("/api/v1/mental/feedback", Map.of("analysis_id", 987654321L)).auth(a).expect(404);
        api.post("/api/v1/mental/feedback", Map.of("analysis_id", "abc")).auth(a).expect(400);
        api.post("/api/v1/mental/feedback", "{oops").auth(a).expect(400);
        api.post("/api/v1/mental/feedback", Map.of()).auth(users.aUser()).expect(404);
    }

    @Test
    void radarComparesTheLatestTwoAnalysesByTheSumOfAxisDeltas() {
        User u = users.aUser();
        api.get("/api/v1/mental/radar").auth(u).expect(404);
        seedAnalysis(u, today().minusDays(2), 50);
        JsonNode single = api.get("/api/v1/mental/radar").auth(u).expect(200).json();
        assertThat(single.get("previous").isNull()).isTrue();
        assertThat(single.get("trend").asString()).isEqualTo("stable");

        seedAnalysis(u, today().minusDays(1), 53); // +18 in total
        JsonNode up = api.get("/api/v1/mental/radar").auth(u).expect(200).json();
        assertThat(up.get("trend").asString()).isEqualTo("improving");
        assertThat(up.get("total_delta").asInt()).isEqualTo(18);
        assertThat(up.get("current").get("emotional_stability").asInt()).isEqualTo(53);
        assertThat(up.get("previous").get("emotional_stability").asInt()).isEqualTo(50);

        seedAnalysis(u, today(), 53, 53, 53, 53, 53, 38); // −15: not below −15
        assertThat(api.get("/api/v1/mental/radar").auth(u).expect(200).json().get("trend").asString()).isEqualTo("stable");
    }

    @Test
    void historyIsNewestFirstWithoutSummaryWithinTheDays() {
        User u = users.aUser();
        seedAnalysis(u, today().minusDays(40), 40);
        seedAnalysis(u, today().minusDays(3), 50);
        seedAnalysis(u, today(), 60);
        JsonNode h = api.get("/api/v1/mental/history").auth(u).expect(200).json();
        assertThat(h.get("total").asInt()).isEqualTo(2);
        assertThat(h.get("items").get(0).get("vitality").asInt()).isEqualTo(60);
        assertThat(h.get("items").get(0).has("summary")).isFalse();
        assertThat(api.get("/api/v1/mental/history?days=365").auth(u).expect(200).json().get("total").asInt()).isEqualTo(3);
        assertThat(api.get("/api/v1/mental/history?days=1").auth(u).expect(200).json().get("total").asInt()).isEqualTo(1);
        api.get("/api/v1/mental/history?days=0").auth(u).expect(400);
        api.get("/api/v1/mental/history?days=366").auth(u).expect(400);
        api.get("/api/v1/mental/history?days=abc").auth(u).expect(400);
        api.get("/api/v1/mental/history").expect(401);
    }

    @Test
    void aNegativeTrendNeedsThreeAnalysesAndHalfOfThemConcerningOrWorse() {
        User u = users.aUser();
        seedAnalysis(u, today().minusDays(3), 70);
        seedAnalysis(u, today().minusDays(2), 20, 20, 70, 70, 70, 70); // concerning
        JsonNode two = api.get("/api/v1/mental/negative-trend").auth(u).expect(200).json();
        assertThat(two.get("has_negative_trend").asBoolean()).isFalse();
        assertThat(two.get("analyses_count").asInt()).isEqualTo(2);

        seedAnalysis(u, today().minusDays(1), 70);
        seedAnalysis(u, today(), 10); // critical
        JsonNode four = api.get("/api/v1/mental/negative-trend?days=7").auth(u).expect(200).json();
        assertThat(four.get("has_negative_trend").asBoolean()).isTrue();
        assertThat(four.get("negative_count").asInt()).isEqualTo(2);
        assertThat(four.get("ratio").asDouble()).isEqualTo(0.5);
        assertThat(four.get("message").asString()).contains("전문가");

        assertThat(api.get("/api/v1/mental/negative-trend?days=2").auth(u).expect(200).json()
                .get("has_negative_trend").asBoolean()).isFalse();
        api.get("/api/v1/mental/negative-trend?days=0").auth(u).expect(400);
        api.get("/api/v1/mental/negative-trend?days=x").auth(u).expect(400);
    }

    @Test
    void bookRecommendationsFollowTheWeakestAxisAndStatus() {
        User u = users.aUser();
        JsonNode none = api.get("/api/v1/mental/book-recommendations").auth(u).expect(200).json();
        assertThat(none.get("based_on_status").asString()).isEqualTo("neutral");
        assertThat(none.get("books").size()).isEqualTo(3);

        seedAnalysis(u, today(), 70, 70, 70, 70, 25, 70); // good, social connection weakest and < 40
        JsonNode books = api.get("/api/v1/mental/book-recommendations").auth(u).expect(200).json();
        assertThat(books.get("based_on_status").asString()).isEqualTo("good");
        assertThat(books.get("weakest_axis").asString()).isEqualTo("social_connection");
        assertThat(books.get("books").get(0).get("reason").asString()).contains("사회적 연결");
        var titles = new java.util.HashSet<String>();
        books.get("books").forEach(b -> {
            titles.add(b.get("title").asString());
            assertThat(b.get("author").asString()).isNotBlank();
            assertThat(b.get("description").asString()).isNotBlank();
        });
        assertThat(titles).hasSize(3);
    }
}
