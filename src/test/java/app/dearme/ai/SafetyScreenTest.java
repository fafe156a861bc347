package app.dearme.ai;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafetyScreenTest {

    private final LocalKoreanEngine engine = Corpus.engine();

    @ParameterizedTest
    @ValueSource(strings = {"요즘 너무 힘들어서 죽고 싶다", "그냥 다 끝내고 죽고싶어", "자살하고 싶다는 생각이 들어",
            "어제 또 자해를 했다", "어디론가 사라지고 싶다", "정말 살기 싫다", "더 이상 살고 싶지 않아",
            "극단적인 선택을 생각했다", "I want to kill myself", "I feel suicidal tonight", "sometimes I want to die",
            "thinking about ending my life", "there is no reason to live"})
    void flagsRealSignals(String text) {
        SafetyResult r = engine.screen(text);
        assertThat(r.flagged()).as(text).isTrue();
        assertThat(r.signals()).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"웃겨 죽겠다 ㅋㅋㅋ", "배고파 죽겠다", "이 떡볶이 죽을 만큼 맛있다", "죽고 싶지 않아, 잘 살고 싶어",
            "죽고 싶진 않은데 좀 지쳤어", "죽고 싶은 건 아니야", "자살할 생각은 전혀 없어", "어제 축구에서 자살골을 넣었다",
            "학교에서 자살예방 교육을 들었다", "더워 죽겠네", "보고 싶어 죽겠다", "I don't want to die",
            "I would never kill myself", "suicide prevention week at school", "오늘은 평범한 하루였다"})
    void doesNotFlagNegatedOrFigurativeUses(String text) {
        assertThat(engine.screen(text).flagged()).as(text).isFalse();
    }
}
