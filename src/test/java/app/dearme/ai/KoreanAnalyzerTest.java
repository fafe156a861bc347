package app.dearme.ai;

import app.dearme.platform.text.KoreanAnalyzer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

class KoreanAnalyzerTest {

    private final KoreanAnalyzer analyzer = Corpus.engine().analyzer();

    @Test
    void inflectedFormsOfOneVerbShareADictionaryFormToken() {
        assertThat(analyzer.morphemes("먹었다")).contains("먹다");
        assertThat(analyzer.morphemes("먹다")).contains("먹다");
        assertThat(analyzer.morphemes("먹은")).contains("먹다");
        assertThat(analyzer.morphemes("외로웠다")).containsExactly("외롭다");
    }

    @Test
    void nounsLoseTheirParticles() {
        assertThat(analyzer.morphemes("카페에서")).contains("카페");
        assertThat(analyzer.morphemes("카페에서 커피를 마셨다")).containsExactly("카페", "커피", "마시다");
    }

    @Test
    void stopTagsAreRemovedButLatinWordsAreKeptLowerCased() {
        List<String> m = analyzer.morphemes("오늘은 Netflix 보면서 ㅋㅋ 웃었다!! 😊");
        assertThat(m).contains("오늘", "netflix", "보다", "웃다").doesNotContain("은", "ㅋㅋ", "😊", "!!", "었");
    }

    @Test
    void userDictionaryKeepsDiaryNounsWhole() {
        assertThat(analyzer.morphemes("헬스장에 갔는데 의욕이 없었다")).contains("헬스장", "의욕");
    }

    @Test
    void concurrentCallersGetTheSameResultAsOneCaller() throws Exception {
        String text = Corpus.all().get(0).diary().content();
        List<String> expected = analyzer.morphemes(text);
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String t = i % 2 == 0 ? text : Corpus.all().get(i % Corpus.all().size()).diary().content();
                futures.add(pool.submit(() -> analyzer.morphemes(t)));
            }
            for (int i = 0; i < futures.size(); i += 2) {
                assertThat(futures.get(i).get()).isEqualTo(expected);
            }
        }
    }
}
