package app.dearme.platform.jobs;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Durable jobs (SPEC §8) on db-scheduler. {@link #enqueue} joins the caller's transaction: the job row
 * and its scheduled execution commit or roll back together with the write that caused them.
 */
@Service
public class Jobs {

    private final JdbcClient jdbc;
    private final SchedulerClient scheduler;
    private final JsonMapper json;

    Jobs(JdbcClient jdbc, @Lazy SchedulerClient scheduler, JsonMapper json) {
        this.jdbc = jdbc;
        this.scheduler = scheduler;
        this.json = json;
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public long enqueue(String kind, Long userId, Map<String, Object> payload) {
        long id = jdbc.sql("insert into jobs (user_id, kind, payload) values (?, ?, ?::jsonb) returning id")
                .params(userId, kind, json.writeValueAsString(payload)).query(Long.class).single();
        scheduler.scheduleIfNotExists(JobTaskConfig.TASK.instance(Long.toString(id)).data(id).scheduledTo(Instant.now()));
        return id;
    }

    /** The newest job of a kind for a user (e.g. the persona generation in progress). */
    @Transactional(readOnly = true)
    public Optional<JobView> latest(long userId, String kind) {
        return jdbc.sql("select * from jobs where user_id = ? and kind = ? order by id desc limit 1")
                .params(userId, kind).query(JobTaskConfig.VIEW).optional();
    }

    /** True while a job of this kind for the user is queued or running. */
    @Transactional(readOnly = true)
    public boolean active(long userId, String kind) {
        return jdbc.sql("select count(*) from jobs where user_id = ? and kind = ? and status in ('queued','running')")
                .params(userId, kind).query(Long.class).single() > 0;
    }

    @Transactional(readOnly = true)
    public Optional<JobView> owned(long jobId, long userId) {
        return jdbc.sql("select * from jobs where id = ? and user_id = ?").params(jobId, userId)
                .query(JobTaskConfig.VIEW).optional();
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now();
    }

    /** Queued and running now, failed and done in the last 24 hours (jobs_status_idx, jobs_finished_idx). */
    public Stats stats() {
        return jdbc.sql("""
                select count(*) filter (where status = 'queued')  as queued,
                       count(*) filter (where status = 'running') as running,
                       count(*) filter (where status = 'failed' and finished_at >= now() - interval '24 hours') as failed,
                       count(*) filter (where status = 'done' and finished_at >= now() - interval '24 hours')   as done
                  from jobs
                 where status in ('queued', 'running') or finished_at >= now() - interval '24 hours'""")
                .query((rs, i) -> new Stats(rs.getLong("queued"), rs.getLong("running"), rs.getLong("failed"),
                        rs.getLong("done"))).single();
    }

    /** Job counts for the operations page. */
    public record Stats(long queued, long running, long failedLast24h, long doneLast24h) {
    }
}
