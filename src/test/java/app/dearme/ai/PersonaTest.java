package app.dearme.ai;

import app.dearme.vocabulary.Mood;

import app.dearme.vocabulary.DiaryText;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class PersonaTest {

    private final LocalKoreanEngine engine = Corpus.engine();

    @Test
    void interestsAreTheRecurringTopicsNotBackgroundWords() {
        PersonaDraft p = engine.personaFromDiaries(Corpus.byUser("runner"));
        assertThat(p.interests()).contains("카페", "커피", "러닝").doesNotContain("오늘", "하루", "진짜", "그냥");
        assertThat(p.interests().subList(0, 3)).containsExactlyInAnyOrder("카페", "커피", "러닝");
    }

    @Test
    void variedDiariesStillGiveSeveralRealInterestsFromKnownTopics() {
        List<DiaryText> week = new ArrayList<>();
        for (String text : List.of("카페에서 새로운 라떼를 마셨다. 창가 자리가 좋았다.",
                "요즘 기타를 배우고 있다. 코드 바꾸는 게 어렵지만 재밌다.",
                "주말에 한강에서 자전거를 탔다. 바람이 시원했다.",
                "비가 와서 집에서 소설을 읽었다. 밤을 샜다.",
                "엄마랑 통화했다. 목소리를 들으니 마음이 따뜻해졌다.",
                "회사에서 발표를 했다. 긴장했지만 잘 끝났다.",
                "회사 일이 많아서 조금 지쳤다. 동료들이 도와줘서 다행이었다.")) {
            week.add(new DiaryText(week.size() + 1, LocalDate.of(2026, 11, 27).minusDays(week.size()), "", text, Mood.CALM, null));
        }
        PersonaDraft p = engine.personaFromDiaries(week);
        assertThat(p.interests()).startsWith("회사").hasSizeGreaterThanOrEqualTo(3).doesNotHaveDuplicates()
                .doesNotContain("오늘", "마음", "주말", "라떼"); // 라떼 is the same topic as 카페
        // only nouns that appear in the diaries
        String all = String.join(" ", week.stream().map(DiaryText::content).toList());
        assertThat(p.interests()).allMatch(all::contains);
    }

    @Test
    void personaHasFiveTraitsANicknameAndAPersonalityWithAMildFlaw() {
        PersonaDraft p = engine.personaFromDiaries(Corpus.byUser("runner"));
        assertThat(p.traits()).hasSize(5).doesNotHaveDuplicates();
        assertThat(p.name()).isNotBlank().hasSizeLessThan(20);
        long sentences = p.personality().chars().filter(c -> c == '.').count();
        assertThat(sentences).isBetween(3L, 5L);
        assertThat(p.personality()).containsAnyOf("단점", "다만", "가끔", "서툴", "엄격");
        assertThat(p.summary()).contains("10편");
    }

    @Test
    void speakingStyleDetectsBanmalHaeyoAndHapnidaWriters() {
        assertThat(engine.personaFromDiaries(Corpus.byUser("runner")).speakingStyle()).contains("반말");
        assertThat(engine.personaFromDiaries(Corpus.byUser("haeyo")).speakingStyle()).contains("해요체");
        assertThat(engine.personaFromDiaries(Corpus.byUser("hapnida")).speakingStyle()).contains("합니다체");
    }

    @Test
    void speakingStyleNoticesEmojiAndLaughterHabits() {
        String emoji = engine.personaFromDiaries(Corpus.byUser("emoji")).speakingStyle();
        assertThat(emoji).contains("이모지를 자주").contains("ㅋㅋ").contains("반말");
        String calm = engine.personaFromDiaries(Corpus.byUser("calm")).speakingStyle();
        assertThat(calm).contains("이모지는 거의").doesNotContain("ㅋㅋ");
    }

    @Test
    void noDiarySentenceIsCopiedIntoThePersona() {
        for (String user : List.of("runner", "anx", "calm", "lonely", "social", "emoji", "haeyo", "hapnida")) {
            List<DiaryText> diaries = Corpus.byUser(user);
            PersonaDraft p = engine.personaFromDiaries(diaries);
            String persona = normalise(p.name() + "|" + p.personality() + "|" + p.summary() + "|" + p.speakingStyle()
                    + "|" + String.join("|", p.traits()));
            for (DiaryText d : diaries) {
                for (String sentence : d.content().split("(?<=[.!?])\\s+")) {
                    String s = normalise(sentence);
                    if (s.length() >= 8) {
                        assertThat(persona).as(user).doesNotContain(s);
                    }
                }
                for (String run : runs(normalise(d.content()), 12)) {
                    assertThat(persona).as(user + " 12-char run").doesNotContain(run);
                }
            }
        }
    }

    @Test
    void traitsFollowMoodsAndTopics() {
        assertThat(engine.personaFromDiaries(Corpus.byUser("runner")).traits()).contains("활동적인");
        assertThat(engine.personaFromDiaries(Corpus.byUser("social")).traits()).contains("사교적인");
    }

    @Test
    void quizPersonaIsWarmAndPromisesToBecomeMoreLikeTheUser() {
        List<String> traits = List.of("사교적", "외향적", "활발함", "유머러스", "긍정적", "밝은", "사교적", "계획적", "신중한",
                "체계적", "현재 지향적", "감사하는");
        PersonaDraft p = engine.personaFromQuiz(traits);
        assertThat(p.traits()).hasSize(5).doesNotHaveDuplicates().containsExactly("사교적", "외향적", "활발함", "유머러스", "긍정적");
        long sentences = p.personality().chars().filter(c -> c == '.').count();
        assertThat(sentences).isBetween(2L, 3L);
        // every sentence is closed: no "…친구예요 사람들과…" run-on
        assertThat(p.personality()).doesNotContainPattern("요 [가-힣]").endsWith(".");
        assertThat(p.personality()).contains("일기").contains("당신다워");
        assertThat(p.name()).isEqualTo("햇살 같은 친구");
        assertThat(p.speakingStyle()).contains("반말");
    }

    @Test
    void quizPersonaPicksTheGroupOfTheChosenTraits() {
        assertThat(engine.personaFromQuiz(List.of("내성적", "사색적", "차분함", "분석적", "꼼꼼한", "자기 성찰적")).name())
                .isEqualTo("고요한 사색가");
        assertThat(engine.personaFromQuiz(List.of()).traits()).hasSize(5);
    }

    private static String normalise(String s) {
        return s.replaceAll("\\s+", "");
    }

    private static List<String> runs(String s, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i + n <= s.length(); i++) {
            out.add(s.substring(i, i + n));
        }
        return out;
    }
}
