package app.dearme.diary;

import app.dearme.ai.AiEngine;
import app.dearme.platform.jobs.JobContext;
import app.dearme.platform.jobs.JobHandler;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code diary_index} job (SPEC §8). The full-text vector is already written with the row; this job
 * repairs it if the stored hash is stale and adds the embedding when an embedding provider is configured.
 */
@Component
class DiaryIndexJob implements JobHandler {

    private final JdbcClient jdbc;
    private final DiaryReindexer reindexer;
    private final ObjectProvider<AiEngine> ai;

    DiaryIndexJob(JdbcClient jdbc, DiaryReindexer reindexer, ObjectProvider<AiEngine> ai) {
        this.jdbc = jdbc;
        this.reindexer = reindexer;
        this.ai = ai;
    }

    @Override
    public String kind() {
        return DiaryService.INDEX_JOB;
    }

    /** Payload key of an import's batch: a list of diary ids, indexed one after another. */
    static final String BATCH = "diary_ids";

    @Override
    public void run(JobContext job) {
        if (job.payload().get(BATCH) instanceof List<?> ids) {
            ids.forEach(id -> indexOne(((Number) id).longValue()));
        } else {
            indexOne(job.longParam("diary_id"));
        }
    }

    private void indexOne(long diaryId) {
        Optional<String[]> row = jdbc.sql("select title, content from diaries where id = ?").param(diaryId)
                .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)}).optional();
        if (row.isEmpty()) {
            return; // deleted meanwhile
        }
        reindexer.reindexOne(diaryId, false);
        AiEngine engine = ai.getIfAvailable();
        if (engine != null) {
            engine.embed(row.get()[0] + "\n" + row.get()[1]).ifPresent(v ->
                    jdbc.sql("update diaries set embedding = ? where id = ?").params(Embeddings.boxed(v), diaryId).update());
        }
    }
}
