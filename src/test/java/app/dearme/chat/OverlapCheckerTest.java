package app.dearme.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OverlapCheckerTest {

    private final OverlapChecker checker = new OverlapChecker();
    private static final String DIARY = "오늘은 보라색 우산을 쓰고 성수동 골목을 세 시간이나 걸었다. 발이 아팠지만 행복했다.";

    @Test
    void aReplyWithoutSharedRunsIsClean() {
        assertThat(checker.overlaps("산책 좋아하는구나! 어디가 제일 좋았어?", List.of(DIARY))).isFalse();
    }

    @Test
    void elevenSharedCharactersAreAllowedTwelveAreNot() {
        // "보라색우산을쓰고성수동" is 11 letters; adding "골" makes 12
        assertThat(checker.overlaps("그날 보라색 우산을 쓰고 성수동에 갔지", List.of(DIARY))).isFalse();
        assertThat(checker.overlaps("그날 보라색 우산을 쓰고 성수동 골프장에 갔지", List.of(DIARY))).isTrue();
    }

    @Test
    void respacingAndPunctuationDoNotHideACopiedSentence() {
        assertThat(checker.overlaps("보.라.색 우 산 을  쓰고, 성수동 골목을!", List.of(DIARY))).isTrue();
    }

    @Test
    void caseAndFullWidthFormsAreNormalised() {
        assertThat(checker.overlaps("I said: THE QUICK BROWN FOX!", List.of("the quick brown fox jumps"))).isTrue();
        assertThat(checker.overlaps("ｔｈｅ ｑｕｉｃｋ ｂｒｏｗｎ ｆｏｘ", List.of("the quick brown fox jumps"))).isTrue();
    }

    @Test
    void veryCommonPhrasesAndRepeatedLaughterDoNotCount() {
        assertThat(checker.overlaps("오늘 하루도 정말 수고 많았어!", List.of("나에게: 오늘 하루도 정말 수고 많았어"))).isFalse();
        assertThat(checker.overlaps("ㅋㅋㅋㅋㅋㅋㅋㅋㅋㅋㅋㅋㅋㅋ", List.of("진짜 웃겼다 ㅋㅋㅋㅋㅋㅋㅋㅋㅋㅋㅋㅋㅋㅋㅋ"))).isFalse();
    }

    @Test
    void everySourceIsChecked() {
        assertThat(checker.overlaps("비밀인데 내일 제주도로 혼자 떠날 거야", List.of("아무 상관 없는 글", "내일 제주도로 혼자 떠날 거야. 아무도 모르게")))
                .isTrue();
    }

    @Test
    void textTheReaderAlreadyHasNeverCounts() {
        String friendWrote = "보라색 우산을 쓰고 성수동 골목을 걸었어?";
        // the reader's own words echoed back, in full or glued to the engine's words, match nothing
        assertThat(checker.overlaps("보라색 우산을 쓰고 성수동 골목을 걸었냐고? 글쎄", List.of(DIARY), List.of(friendWrote)))
                .isFalse();
        assertThat(checker.overlaps("음 성수동 골목을 세 시간이나 걸었다니", List.of(DIARY), List.of("성수동 골목")))
                .isFalse();
        // text the reader did not write still counts
        assertThat(checker.overlaps("세 시간이나 걸었다. 발이 아팠지만", List.of(DIARY), List.of("그날 뭐 했어?"))).isTrue();
    }

    @Test
    void aSecretAndAControlWordGetTheSameAnswer() {
        List<String> diaries = List.of("내 비밀은 보라색코끼리인형비밀편지 아무도 모른다");
        assertThat(checker.overlaps("음, 보라색코끼리인형비밀편지는 요즘 어때?", diaries)).as("without exclusion").isTrue();
        for (String word : List.of("보라색코끼리인형비밀편지", "초록색기린목도리노란편지")) {
            String message = word + "는 요즘 어때?";
            String echo = "음, " + word + "는 요즘 어때라고? 잘 모르겠어.";
            assertThat(checker.overlaps(echo, diaries, List.of(message))).as(word).isFalse();
        }
    }
}
