package app.dearme.ai;

import app.dearme.vocabulary.DiaryText;
import app.dearme.platform.text.KoreanAnalyzer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.ToIntFunction;

import org.junit.jupiter.api.Test;

class MentalAnalysisTest {

    private final LocalKoreanEngine engine = Corpus.engine();

    private double average(String group, ToIntFunction<MentalScores> axis) {
        return Corpus.byGroup(group).stream().mapToInt(d -> axis.applyAsInt(engine.mentalAnalysis(d).scores()))
                .average().orElseThrow();
    }

    @Test
    void anxiousDiariesScoreLowerOnEmotionalStabilityThanCalmOnes() {
        double anxious = average("anxious", MentalScores::emotionalStability);
        double calm = average("calm", MentalScores::emotionalStability);
        assertThat(anxious).isLessThan(40);
        assertThat(calm).isGreaterThan(60);
        for (DiaryText d : Corpus.byGroup("anxious")) {
            assertThat(engine.mentalAnalysis(d).scores().emotionalStability()).as(d.title()).isLessThan(45);
        }
    }

    @Test
    void lonelyDiariesScoreLowerOnSocialConnectionThanSocialOnes() {
        double lonely = average("lonely", MentalScores::socialConnection);
        double social = average("social", MentalScores::socialConnection);
        assertThat(lonely).isLessThan(35);
        assertThat(social).isGreaterThan(62);
    }

    @Test
    void gratefulAndEnergeticDiariesRaisePositivityAndVitality() {
        assertThat(average("grateful", MentalScores::positivity)).isGreaterThan(65);
        assertThat(average("energetic", MentalScores::vitality)).isGreaterThan(65);
        assertThat(average("low", MentalScores::vitality)).isLessThan(45);
        assertThat(average("low", MentalScores::positivity)).isLessThan(40);
    }

    @Test
    void theMoodTagIsOnlyAPriorTheTextStillDecides() {
        String text = "오늘은 친구들과 만나서 수다 떨고 엄청 웃었다. 정말 즐겁고 행복했다. 함께라서 고마웠다.";
        MentalScores withSad = engine.mentalAnalysis(Corpus.diary(text, "sad")).scores();
        MentalScores neutralText = engine.mentalAnalysis(Corpus.diary("회사에 가서 일을 하고 집에 왔다. 저녁을 먹었다.", "sad")).scores();
        assertThat(withSad.positivity()).isGreaterThan(neutralText.positivity() + 15);
        assertThat(withSad.socialConnection()).isGreaterThan(60);
    }

    @Test
    void negationFlipsAnEmotionWord() {
        MentalScores happy = engine.mentalAnalysis(Corpus.diary("오늘은 정말 행복했다. 모든 게 좋았다. 마음이 편안했다.", null)).scores();
        MentalScores notHappy = engine.mentalAnalysis(Corpus.diary("오늘은 전혀 행복하지 않았다. 모든 게 좋지 않았다. 마음이 편안하지 않았다.", null)).scores();
        assertThat(happy.positivity()).isGreaterThan(60);
        assertThat(notHappy.positivity()).isLessThan(50);
        MentalScores noWorry = engine.mentalAnalysis(Corpus.diary("시험이 끝나서 이제 걱정이 없다. 불안하지 않다.", null)).scores();
        assertThat(noWorry.emotionalStability()).isGreaterThanOrEqualTo(50);
    }

    @Test
    void intensifiersMoveScoresFurther() {
        MentalScores plain = engine.mentalAnalysis(Corpus.diary("오늘 일을 하다가 불안했다. 그리고 집에 와서 저녁을 먹고 씻었다.", null)).scores();
        MentalScores strong = engine.mentalAnalysis(Corpus.diary("오늘 일을 하다가 너무 불안했다. 그리고 집에 와서 저녁을 먹고 씻었다.", null)).scores();
        assertThat(strong.emotionalStability()).isLessThan(plain.emotionalStability());
    }

    @Test
    void shortOrAmbiguousDiariesStayNearFifty() {
        for (DiaryText d : Corpus.byGroup("short")) {
            for (int v : engine.mentalAnalysis(d).scores().asArray()) {
                assertThat(v).as(d.content()).isBetween(42, 58);
            }
        }
    }

    @Test
    void summaryIsTwoOrThreeKoreanSentencesAboutTheText() {
        MentalResult r = engine.mentalAnalysis(Corpus.byGroup("anxious").get(0));
        long sentences = r.summary().chars().filter(c -> c == '.').count();
        assertThat(sentences).isBetween(2L, 3L);
        assertThat(r.summary()).contains("불안").contains("정서 안정성");
        assertThat(r.safety().flagged()).isFalse();
    }

    @Test
    void sameInputGivesTheSameOutput() {
        for (Corpus.Entry e : Corpus.all()) {
            assertThat(engine.mentalAnalysis(e.diary())).isEqualTo(engine.mentalAnalysis(e.diary()));
        }
        LocalKoreanEngine other = new LocalKoreanEngine(new KoreanAnalyzer());
        DiaryText d = Corpus.byGroup("social").get(0);
        assertThat(other.mentalAnalysis(d)).isEqualTo(engine.mentalAnalysis(d));
        List<DiaryText> runner = Corpus.byUser("runner");
        assertThat(other.personaFromDiaries(runner)).isEqualTo(engine.personaFromDiaries(runner));
    }

    @Test
    void analysisIncludesTheSafetyScreen() {
        MentalResult r = engine.mentalAnalysis(Corpus.diary("너무 힘들어서 그냥 죽고 싶다는 생각만 든다.", "sad"));
        assertThat(r.safety().flagged()).isTrue();
    }
}
