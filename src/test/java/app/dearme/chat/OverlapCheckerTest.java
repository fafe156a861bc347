package app.dearme.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OverlapCheckerTest {

    private final OverlapChecker checker = new OverlapChecker();
    private static final String DIARY = "오늘은 보라색 우산을 쓰고 성수동 골목을 세 시간이나 걸었다. 발이 아팠지만 행복했다.";

    @Test
    void aReplyWithoutSharedRunsIsClean() {
        assertThat(checker.overlaps("산책 좋아하는구나! 어디가 제일 좋았어?", List.of(DIARY))).isEmpty();
    }

    @Test
    void elevenSharedCharactersAreAllowedTwelveAreNot() {
        // "보라색우산을쓰고성수동" is 11 letters; adding "골" makes 12
        assertThat(checker.overlaps("그날 보라색 우산을 쓰고 성수동에 갔지", List.of(DIARY))).isEmpty();
        assertThat(checker.overlaps("그날 보라색 우산을 쓰고 성수동 골프장에 갔지", List.of(DIARY))).isNotEmpty();
    }

    @Test
    void respacingAndPunctuationDoNotHideACopiedSentence() {
        String sneaky = "보.라.색 우 산 을  쓰고, 성수동 골목을!";
        List<int[]> spans = checker.overlaps(sneaky, List.of(DIARY));
        assertThat(spans).isNotEmpty();
        String redacted = OverlapChecker.redact(sneaky, spans, "…");
        assertThat(checker.overlaps(redacted, List.of(DIARY))).isEmpty();
    }

    @Test
    void redactionKeepsTheUnsharedPartsOfTheReply() {
        String reply = "기억나! 보라색 우산을 쓰고 성수동 골목을 걸었던 날 말이지? 그때 기분 어땠어?";
        List<int[]> spans = checker.overlaps(reply, List.of(DIARY));
        String redacted = OverlapChecker.redact(reply, spans, "…");
        assertThat(redacted).startsWith("기억나! ").endsWith("그때 기분 어땠어?").contains("…");
        assertThat(redacted).doesNotContain("보라색 우산");
    }

    @Test
    void caseAndFullWidthFormsAreNormalised() {
        assertThat(checker.overlaps("I said: THE QUICK BROWN FOX!", List.of("the quick brown fox jumps"))).isNotEmpty();
        assertThat(checker.overlaps("ｔｈｅ ｑｕｉｃｋ ｂｒｏｗｎ ｆｏｘ", List.of("the quick brown fox jumps"))).isNotEmpty();
    }

    @Test
    void veryCommonPhrasesAndRepeatedLaughterDoNotCount() {
        assertThat(checker.overlaps("오늘 하루도 정말 수고 많았어!", List.of("나에게: 오늘 하루도 정말 수고 많았어"))).isEmpty();
        assertThat(checker.overlaps("ㅋㅋㅋㅋㅋㅋㅋㅋㅋㅋㅋㅋㅋㅋ", List.of("진짜 웃겼다 ㅋㅋㅋㅋㅋㅋㅋㅋㅋㅋㅋㅋㅋㅋㅋ"))).isEmpty();
    }

    @Test
    void everySourceIsChecked() {
        assertThat(checker.overlaps("비밀인데 내일 제주도로 혼자 떠날 거야", List.of("아무 상관 없는 글", "내일 제주도로 혼자 떠날 거야. 아무도 모르게")))
                .isNotEmpty();
    }

    @Test
    void emojiAndSurrogatePairsSurviveRedaction() {
        String reply = "😊 보라색 우산을 쓰고 성수동 골목을 걸었지 🥰";
        String redacted = OverlapChecker.redact(reply, checker.overlaps(reply, List.of(DIARY)), "…");
        assertThat(redacted).startsWith("😊 ").endsWith(" 🥰");
    }
}
