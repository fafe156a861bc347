package app.dearme.diary;

import app.dearme.vocabulary.DiaryText;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link DiaryReader} for the other modules. Every "public" path filters {@code not is_private} in SQL. */
@Service
@Transactional(readOnly = true)
class JdbcDiaryReader implements DiaryReader {

    private static final int MAX_LIMIT = 50;
    /** How deep each ranking is read before fusing: enough that a diary ranked low by one can still win. */
    private static final int FUSION_CANDIDATES = 20;

    private final DiaryStore store;
    private final TextRanker ranker;
    private final JdbcClient jdbc;
    private final DiaryProperties props;

    JdbcDiaryReader(DiaryStore store, TextRanker ranker, JdbcClient jdbc, DiaryProperties props) {
        this.store = store;
        this.ranker = ranker;
        this.jdbc = jdbc;
        this.props = props;
    }

    @Override
    public List<DiaryText> recentPublic(long userId, int limit) {
        return store.recent(userId, clamp(limit), false);
    }

    @Override
    public int countPublic(long userId) {
        return store.countPublic(userId);
    }

    @Override
    public int countAll(long userId) {
        return store.count(userId);
    }

    @Override
    public Optional<DiaryText> owned(long userId, long diaryId) {
        return jdbc.sql("select id, diary_date, title, content, mood, weather from diaries where id = ? and user_id = ?")
                .params(diaryId, userId).query(DiaryStore.TEXT).optional();
    }

    @Override
    public List<DiaryText> between(long userId, LocalDate from, LocalDate to, boolean includePrivate) {
        return store.texts(userId, from, to, includePrivate);
    }

    @Override
    public List<Hit> retrieve(long ownerId, String query, float[] queryVector, int limit) {
        if (query == null || query.isBlank() || limit <= 0) {
            return List.of();
        }
        int k = clamp(limit);
        if (queryVector == null || queryVector.length == 0) {
            return textHits(ownerId, query, k);
        }
        return ReciprocalRankFusion.fuse(List.of(textHits(ownerId, query, FUSION_CANDIDATES),
                vectorHits(ownerId, queryVector, FUSION_CANDIDATES)), k);
    }

    /** Question terms prefilter in SQL, BM25 with title boost ranks (see {@link TextRanker}). */
    private List<Hit> textHits(long ownerId, String query, int limit) {
        return ranker.rank(ownerId, DiaryRules.clean(query), props.retrievalMinRank(), limit);
    }

    /**
     * Cosine similarity in SQL over the owner's stored embeddings (a real[] column: one user's few hundred
     * diaries need no vector index). Vectors of another model's dimension are ignored, not compared.
     */
    private List<Hit> vectorHits(long ownerId, float[] v, int limit) {
        double norm = Embeddings.norm(v);
        if (norm == 0) {
            return List.of();
        }
        return jdbc.sql("""
                        select id, diary_date, title, content, mood, weather, sim from (
                          select d.*,
                                 (select sum(a * b) from unnest(d.embedding, cast(:v as real[])) as t(a, b))
                                   / nullif(sqrt((select sum(a * a) from unnest(d.embedding) as t(a))) * :norm, 0) as sim
                            from diaries d
                           where d.user_id = :u and not d.is_private and d.embedding is not null
                             and cardinality(d.embedding) = :dim) r
                         where sim >= :min order by sim desc, diary_date desc limit :limit""")
                .param("v", Embeddings.boxed(v)).param("norm", norm).param("u", ownerId).param("dim", v.length)
                .param("min", props.retrievalMinSimilarity()).param("limit", limit)
                .query((rs, i) -> new Hit(DiaryStore.TEXT.mapRow(rs, i), rs.getDouble("sim"))).list();
    }

    @Override
    public List<String> allTexts(long ownerId) {
        return jdbc.sql("select title || E'\\n' || content from diaries where user_id = ? order by diary_date")
                .param(ownerId).query(String.class).list();
    }

    @Override
    public Optional<LocalDate> lastDiaryDate(long userId) {
        return store.lastDate(userId);
    }

    private static int clamp(int limit) {
        return Math.max(0, Math.min(limit, MAX_LIMIT));
    }

    @Override
    public long countCreatedSince(OffsetDateTime since) {
        return jdbc.sql("select count(*) from diaries where created_at >= ?").param(since).query(Long.class).single();
    }
}
