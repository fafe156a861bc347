package app.dearme.diary;

import app.dearme.platform.text.KoreanAnalyzer;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Korean text → normalised morphemes, through the shared {@link KoreanAnalyzer} (Nori; particles and endings
 * dropped, predicates in dictionary form: "먹었다", "먹은", "먹다" → "먹다"). The same analysis indexes and
 * queries, so inflected forms meet on one lexeme.
 */
@Component
class Morphemes {

    private final KoreanAnalyzer analyzer;

    Morphemes(KoreanAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    List<String> of(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return analyzer.morphemes(text).stream()
                .filter(t -> t.codePoints().anyMatch(Character::isLetterOrDigit)).toList();
    }

    /** {@link #of} plus compounds written without spaces kept whole as well: the index and retrieval terms. */
    List<String> terms(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return analyzer.indexTerms(text).stream()
                .filter(t -> t.codePoints().anyMatch(Character::isLetterOrDigit)).toList();
    }
}
