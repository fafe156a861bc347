package app.dearme.diary;

import app.dearme.vocabulary.DiaryText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Full-text retrieval for chats: the question's content terms (scaffolding dropped, related words added at a lower
 * weight) prefilter the owner's non-private diaries in SQL through the GIN-indexed tsvector, then the candidates
 * are ranked in Java by BM25 with title boost, from the term counts stored in that same tsvector (no re-analysis).
 */
@Component
class TextRanker {

    /** More candidates than any one user's matching diaries in practice; newest kept if ever exceeded. */
    private static final int MAX_CANDIDATES = 1000;

    private final JdbcClient jdbc;
    private final RetrievalLexicon lexicon;

    TextRanker(JdbcClient jdbc, RetrievalLexicon lexicon) {
        this.jdbc = jdbc;
        this.lexicon = lexicon;
    }

    private record Candidate(DiaryText diary, Bm25.Doc doc) {
    }

    private record Stats(long docs, double avgLength) {
    }

    List<DiaryReader.Hit> rank(long ownerId, String question, double minScore, int limit) {
        Map<String, Double> weights = lexicon.queryTerms(question);
        Optional<String> tsq = DiaryIndexer.tsquery(weights.keySet(), false);
        if (tsq.isEmpty()) {
            return List.of();
        }
        List<Candidate> candidates = jdbc.sql("""
                        select id, diary_date, title, content, mood, weather, search_vector::text as sv
                          from diaries
                         where user_id = :u and not is_private and search_vector @@ to_tsquery('simple', :q)
                         order by diary_date desc limit :max""")
                .param("u", ownerId).param("q", tsq.get()).param("max", MAX_CANDIDATES)
                .query((rs, i) -> new Candidate(DiaryStore.TEXT.mapRow(rs, i), Bm25.parse(rs.getString("sv"))))
                .list();
        if (candidates.isEmpty()) {
            return List.of();
        }
        Stats stats = jdbc.sql("""
                        select count(*), coalesce(avg(length(search_vector)), 0) from diaries
                         where user_id = ? and not is_private""")
                .param(ownerId).query((rs, i) -> new Stats(rs.getLong(1), rs.getDouble(2))).single();
        Map<String, Double> idf = new HashMap<>();
        for (String term : weights.keySet()) {
            long df = candidates.stream().filter(c -> c.doc().counts().containsKey(term)).count();
            idf.put(term, Bm25.idf(Math.max(stats.docs(), candidates.size()), df));
        }
        List<DiaryReader.Hit> hits = new ArrayList<>();
        for (Candidate c : candidates) {
            double s = Bm25.score(c.doc(), weights, idf, stats.avgLength());
            if (s >= minScore) {
                hits.add(new DiaryReader.Hit(c.diary(), s));
            }
        }
        hits.sort(Comparator.comparingDouble(DiaryReader.Hit::score).reversed()
                .thenComparing(h -> h.diary().date(), Comparator.reverseOrder()));
        return hits.subList(0, Math.min(limit, hits.size()));
    }
}
