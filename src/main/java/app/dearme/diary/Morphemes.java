package app.dearme.diary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.springframework.stereotype.Component;

/**
 * Korean text → normalised morphemes (Lucene Nori: particles and endings dropped, verbs reduced to their
 * stem, lower-cased), the single analysis used for both indexing and querying so that "먹었다", "먹은" and
 * "먹다" meet on the same lexeme. Thread-safe: Lucene analyzers reuse per-thread token streams.
 */
@Component
class Morphemes {

    private final Analyzer analyzer = new KoreanAnalyzer();

    List<String> of(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String t = term.toString();
                if (t.codePoints().anyMatch(Character::isLetterOrDigit)) {
                    out.add(t);
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
