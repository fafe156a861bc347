package app.dearme.diary;

import java.util.HashMap;
import java.util.Map;

/**
 * BM25 (Robertson/Zaragoza) over one owner's diaries, with the title as a boosted field (a title occurrence counts
 * {@link #TITLE_BOOST} times, BM25F-style). IDF comes from the owner's own diaries: a word in every diary of this
 * user ("회사" for an office worker) ranks nothing, a word in one diary ranks that diary.
 */
final class Bm25 {

    static final double K1 = 1.2;
    static final double B = 0.75;
    static final double TITLE_BOOST = 2.0;

    /** Term counts of one diary read from its stored tsvector: weight A positions are the title. */
    record Doc(Map<String, int[]> counts, int length) {

        double tf(String term) {
            int[] c = counts.get(term);
            return c == null ? 0 : c[1] + TITLE_BOOST * c[0];
        }
    }

    private Bm25() {
    }

    static double idf(long docs, long df) {
        return Math.log(1 + (docs - df + 0.5) / (df + 0.5));
    }

    /** {@code weights}: query term → weight; {@code idf}: term → idf; {@code avgLength}: mean lexemes per diary. */
    static double score(Doc d, Map<String, Double> weights, Map<String, Double> idf, double avgLength) {
        double norm = K1 * (1 - B + B * d.length() / Math.max(1.0, avgLength));
        double s = 0;
        for (var e : weights.entrySet()) {
            double tf = d.tf(e.getKey());
            if (tf > 0) {
                s += e.getValue() * idf.getOrDefault(e.getKey(), 0.0) * tf * (K1 + 1) / (tf + norm);
            }
        }
        return s;
    }

    /**
     * Parses PostgreSQL's text form of a tsvector ({@code 'lexeme':1A,4 'other':2B}); quotes inside a lexeme are
     * doubled, backslashes escaped. Positions without a weight letter are weight D (body).
     */
    static Doc parse(String tsvector) {
        Map<String, int[]> counts = new HashMap<>();
        if (tsvector == null) {
            return new Doc(counts, 0);
        }
        int i = 0;
        int n = tsvector.length();
        while (i < n) {
            while (i < n && tsvector.charAt(i) != '\'') {
                i++;
            }
            if (i >= n) {
                break;
            }
            StringBuilder lex = new StringBuilder();
            i++;
            while (i < n) {
                char c = tsvector.charAt(i);
                if (c == '\\' && i + 1 < n) {
                    lex.append(tsvector.charAt(i + 1));
                    i += 2;
                } else if (c == '\'' && i + 1 < n && tsvector.charAt(i + 1) == '\'') {
                    lex.append('\'');
                    i += 2;
                } else if (c == '\'') {
                    i++;
                    break;
                } else {
                    lex.append(c);
                    i++;
                }
            }
            int[] c = counts.computeIfAbsent(lex.toString(), k -> new int[2]);
            if (i < n && tsvector.charAt(i) == ':') {
                int from = ++i;
                while (i < n && tsvector.charAt(i) != ' ') {
                    i++;
                }
                for (String pos : tsvector.substring(from, i).split(",")) {
                    c[pos.endsWith("A") ? 0 : 1]++;
                }
            } else {
                c[1]++;
            }
        }
        return new Doc(counts, counts.size());
    }
}
