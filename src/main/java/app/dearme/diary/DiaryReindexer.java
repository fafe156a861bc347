package app.dearme.diary;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Rebuilds full-text vectors: rows whose text (or the analyser version) changed, or all of them when forced. */
@Component
class DiaryReindexer {

    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final DiaryIndexer indexer;

    DiaryReindexer(JdbcClient jdbc, DiaryIndexer indexer) {
        this.jdbc = jdbc;
        this.indexer = indexer;
    }

    private record Row(long id, String title, String content, String hash) {
    }

    /** Batches by id so a large table never sits in memory; each row update is its own statement. */
    int reindex(Long userId, boolean force) {
        int done = 0;
        long after = 0;
        while (true) {
            List<Row> rows = jdbc.sql("select id, title, content, content_hash from diaries where id > ? "
                            + "and (?::bigint is null or user_id = ?) order by id limit ?")
                    .params(after, userId, userId, BATCH)
                    .query((rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
            if (rows.isEmpty()) {
                return done;
            }
            for (Row r : rows) {
                if (write(r, force)) {
                    done++;
                }
            }
            after = rows.get(rows.size() - 1).id();
        }
    }

    boolean reindexOne(long diaryId, boolean force) {
        return jdbc.sql("select id, title, content, content_hash from diaries where id = ?").param(diaryId)
                .query((rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional().map(r -> write(r, force)).orElse(false);
    }

    private boolean write(Row r, boolean force) {
        if (!force && DiaryIndexer.hash(r.title(), r.content()).equals(r.hash())) {
            return false;
        }
        DiaryIndexer.Index ix = indexer.index(r.title(), r.content());
        // the hash guard skips rows a concurrent edit has already re-indexed with newer text
        return jdbc.sql("update diaries set content_hash = :h, search_vector = " + DiaryStore.VECTOR
                        + " where id = :id and title = :t and content = :c")
                .param("h", ix.hash()).param("tl", ix.titleLexemes()).param("cl", ix.contentLexemes())
                .param("id", r.id()).param("t", r.title()).param("c", r.content()).update() > 0;
    }
}
