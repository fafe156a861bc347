package app.dearme.diary;

import static org.assertj.core.api.Assertions.assertThat;

import app.dearme.platform.text.KoreanAnalyzer;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetrievalLexiconTest {

    private static final Morphemes MORPHEMES = new Morphemes(new KoreanAnalyzer());
    private static final RetrievalLexicon LEXICON = new RetrievalLexicon(MORPHEMES);

    @Test
    void theDataFilesHoldSingleWordsAndNoWordIsBothScaffoldingAndRelated() {
        assertThat(LEXICON.stopWords()).isNotEmpty().allMatch(w -> w.matches("[가-힣a-z]+"));
        assertThat(LEXICON.relatedWords()).hasSizeGreaterThan(100).allMatch(w -> w.matches("[가-힣a-z]+"));
        assertThat(LEXICON.relatedWords()).doesNotContainAnyElementsOf(LEXICON.stopWords());
    }

    @Test
    void questionScaffoldingIsDroppedAndRelatedWordsWeighLess() {
        Map<String, Double> terms = LEXICON.queryTerms("보리 병원 갔던 날 어땠지?");
        assertThat(terms).containsEntry("보리", 1.0).containsEntry("병원", 1.0)
                .doesNotContainKeys("날", "가다", "어떻다");
        assertThat(terms.get("진료")).isEqualTo(RetrievalLexicon.RELATED_WEIGHT);
        assertThat(LEXICON.queryTerms("그날 기억나?")).isEmpty();
    }

    @Test
    void compoundsAreIndexedWholeAndSplit() {
        assertThat(MORPHEMES.terms("해운대해수욕장에 갔다")).contains("해운대해수욕장", "해수");
        assertThat(MORPHEMES.terms("한강공원 산책")).contains("한강공원", "한강", "공원", "산책");
        assertThat(MORPHEMES.terms("한강 공원")).doesNotContain("한강공원");
    }

    @Test
    void tsvectorTextIsReadBackAsTitleAndBodyCounts() {
        Bm25.Doc d = Bm25.parse("'고양이':1A,4B,6B 'it''s':2B 'back\\\\slash':3");
        assertThat(d.counts().get("고양이")).containsExactly(1, 2);
        assertThat(d.counts().get("it's")).containsExactly(0, 1);
        assertThat(d.counts().get("back\\slash")).containsExactly(0, 1);
        assertThat(d.length()).isEqualTo(3);
        assertThat(d.tf("고양이")).isEqualTo(2 + Bm25.TITLE_BOOST);
    }
}
