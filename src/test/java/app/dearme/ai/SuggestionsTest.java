package app.dearme.ai;

import app.dearme.vocabulary.Mood;

import app.dearme.vocabulary.DiaryText;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class SuggestionsTest {

    private final LocalKoreanEngine engine = Corpus.engine();

    @Test
    void promptSuggestionsAreAlwaysThreeAndUseRecentTopics() {
        List<PromptSuggestion> p = engine.promptSuggestions(LocalDate.of(2025, 3, 12), Corpus.byUser("runner").subList(0, 5));
        assertThat(p).hasSize(3);
        assertThat(p.get(0).title() + p.get(0).description()).containsAnyOf("카페", "커피", "러닝");
        assertThat(p).extracting(PromptSuggestion::title).doesNotHaveDuplicates();
        assertThat(engine.promptSuggestions(LocalDate.of(2025, 3, 12), List.of())).hasSize(3);
        assertThat(engine.promptSuggestions(null, null)).hasSize(3);
    }

    @Test
    void promptSuggestionsFollowTheRecentMood() {
        List<PromptSuggestion> p = engine.promptSuggestions(LocalDate.of(2025, 5, 6), Corpus.byUser("lonely"));
        assertThat(p).extracting(PromptSuggestion::title).contains("연결의 순간");
    }

    @Test
    void weeklySummaryIsOneShortWarmSentenceAboutTheWeek() {
        for (String user : List.of("runner", "anx", "calm", "lonely", "social", "emoji", "short")) {
            String s = engine.weeklySummary(Corpus.byUser(user));
            assertThat(s).as(user).hasSizeLessThanOrEqualTo(30).isNotBlank();
        }
        assertThat(engine.weeklySummary(Corpus.byUser("runner").subList(0, 7))).containsAnyOf("카페", "커피", "러닝");
        assertThat(engine.weeklySummary(List.of())).hasSizeLessThanOrEqualTo(30);
    }

    @Test
    void aMoodTieGoesToTheMostRecentDayLikeTheInsightsDominantMood() {
        LocalDate monday = LocalDate.of(2026, 11, 23);
        List<DiaryText> week = List.of(
                new DiaryText(1, monday, "", "아무것도 하기 싫었다.", Mood.SAD, null),
                new DiaryText(2, monday.plusDays(1), "", "조용히 쉬었다.", Mood.CALM, null),
                new DiaryText(3, monday.plusDays(2), "", "기분 좋은 하루였다.", Mood.HAPPY, null));
        // the latest of the three equally frequent moods is happy; alphabetical order would have said calm
        assertThat(engine.weeklySummary(week)).contains("웃음 가득한").doesNotContain("평온");
    }

    @Test
    void feedbackIsGroundedInTheWeakestAxisAndAddsResourcesWhenCritical() {
        MentalScores concerning = new MentalScores(25, 50, 55, 28, 60, 50);
        Feedback f = engine.feedback(concerning, OverallStatus.of(concerning));
        assertThat(f.statusLabel()).isEqualTo("주의");
        assertThat(f.message()).contains("정서 안정성").contains("25");
        assertThat(f.suggestion()).isNotBlank();
        assertThat(f.resources()).isEmpty();
        MentalScores critical = new MentalScores(20, 25, 30, 15, 60, 50);
        Feedback c = engine.feedback(critical, OverallStatus.of(critical));
        assertThat(c.resources()).isEqualTo(CrisisResource.KOREA);
        assertThat(c.suggestion()).contains("전문");
        MentalScores good = new MentalScores(70, 65, 60, 75, 55, 62);
        Feedback g = engine.feedback(good, OverallStatus.of(good));
        assertThat(g.suggestion()).isNull();
        assertThat(g.message()).contains("긍정성").contains("75");
    }

    @Test
    void reportHasThreeInsightsCitingNumbersAndThreeRecommendations() {
        MentalScores avg = new MentalScores(48, 62, 55, 70, 35, 52);
        ReportInput in = new ReportInput("weekly", LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 9), avg,
                java.util.Map.of("emotional_stability", -12, "positivity", 8), List.of(), List.of("러닝"));
        ReportInsights r = engine.reportInsights(in);
        assertThat(r.insights()).hasSize(3);
        assertThat(r.recommendations()).hasSize(3).doesNotHaveDuplicates();
        assertThat(r.insights().get(0)).contains("70");
        assertThat(r.insights().get(1)).contains("사회적 연결").contains("35");
        assertThat(r.insights().get(2)).contains("-12").contains("+8");
        assertThat(r.recommendations().get(0)).containsAnyOf("친구", "가족");
    }
}
