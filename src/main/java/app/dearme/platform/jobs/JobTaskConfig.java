package app.dearme.platform.jobs;

import app.dearme.platform.error.Problems;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The single db-scheduler task behind every job kind. Three attempts with exponential backoff
 * (2 s, 4 s); executions of a crashed instance are picked up by others after missed heartbeats.
 */
@Configuration(proxyBeanMethods = false)
class JobTaskConfig {

    private static final Logger log = LoggerFactory.getLogger(JobTaskConfig.class);
    static final TaskDescriptor<Long> TASK = TaskDescriptor.of("dearme-job", Long.class);
    static final int MAX_ATTEMPTS = 3;

    /** The stored error is a code (see {@link JobErrors}); the view carries the code and its fixed message. */
    static final RowMapper<JobView> VIEW = (rs, i) -> new JobView(rs.getLong("id"), rs.getString("kind"),
            rs.getString("status"), rs.getInt("attempts"), JobErrors.messageOf(rs.getString("error"), Problems.english()),
            rs.getObject("created_at", OffsetDateTime.class), rs.getObject("finished_at", OffsetDateTime.class),
            JobErrors.codeOf(rs.getString("error")));

    @Bean
    OneTimeTask<Long> dearmeJobTask(List<JobHandler> handlers, JdbcClient jdbc, JsonMapper json, MeterRegistry meters) {
        Map<String, JobHandler> byKind = handlers.stream().collect(Collectors.toMap(JobHandler::kind, Function.identity()));
        Gauge.builder("dearme_jobs_queue_depth", () -> jdbc.sql("select count(*) from jobs where status in ('queued','running')")
                .query(Long.class).single()).description("jobs queued or running").register(meters);
        // depth alone cannot tell a busy queue from a stuck one; the oldest queued job's age can (0 when empty)
        Gauge.builder("dearme_jobs_oldest_queued_age_seconds", () -> jdbc.sql(
                        "select coalesce(extract(epoch from now() - min(created_at)), 0) from jobs where status = 'queued'")
                .query(Double.class).single()).description("age of the oldest queued job in seconds").register(meters);
        FailureHandler<Long> retry = new FailureHandler.MaxRetriesFailureHandler<>(MAX_ATTEMPTS - 1,
                new FailureHandler.ExponentialBackoffFailureHandler<>(Duration.ofSeconds(2), 2.0),
                (complete, ops) -> {
                    long jobId = (Long) complete.getExecution().taskInstance.getData();
                    // the handler has already stopped (removed) the execution before calling us
                    finalFailure(jobId, byKind, jdbc, json, meters, complete.getCause().orElse(null));
                });
        return Tasks.oneTime(TASK).onFailure(retry).execute((TaskInstance<Long> inst, ExecutionContext ctx) -> {
            long jobId = inst.getData();
            var row = jdbc.sql("update jobs set status = 'running', attempts = attempts + 1, started_at = now() where id = ? "
                            + "returning user_id, kind, payload::text, attempts")
                    .param(jobId).query((rs, i) -> new Object[] {rs.getObject(1), rs.getString(2), rs.getString(3), rs.getInt(4)})
                    .optional();
            if (row.isEmpty()) {
                return; // the job's owner was deleted (cascade): nothing to do
            }
            Object[] r = row.get();
            String kind = (String) r[1];
            JobHandler handler = byKind.get(kind);
            JobContext jc = new JobContext(jobId, r[0] == null ? null : ((Number) r[0]).longValue(), kind,
                    json.readValue((String) r[2], new TypeReference<Map<String, Object>>() { }), (Integer) r[3]);
            if (handler == null) {
                throw new IllegalStateException("no handler for job kind " + kind);
            }
            Timer.Sample sample = Timer.start(meters);
            try {
                handler.run(jc);
            } catch (Exception e) {
                // the details stay in the log; the owner sees a stable code and a fixed message
                log.warn("Job {} ({}) attempt {} failed", jobId, kind, jc.attempt(), e);
                jdbc.sql("update jobs set status = 'queued', error = ? where id = ?").params(truncate(JobErrors.stored(e)), jobId).update();
                Counter.builder("dearme_jobs_attempt_failures_total").tag("kind", kind).register(meters).increment();
                throw e instanceof RuntimeException re ? re : new RuntimeException(e);
            } finally {
                sample.stop(Timer.builder("dearme_jobs_duration_seconds").tag("kind", kind).register(meters));
            }
            jdbc.sql("update jobs set status = 'done', error = null, finished_at = now() where id = ?").param(jobId).update();
            Counter.builder("dearme_jobs_total").tag("kind", kind).tag("outcome", "done").register(meters).increment();
        });
    }

    private static void finalFailure(long jobId, Map<String, JobHandler> byKind, JdbcClient jdbc, JsonMapper json,
                                     MeterRegistry meters, Throwable cause) {
        var row = jdbc.sql("update jobs set status = 'failed', finished_at = now() where id = ? "
                        + "returning user_id, kind, payload::text, attempts")
                .param(jobId).query((rs, i) -> new Object[] {rs.getObject(1), rs.getString(2), rs.getString(3), rs.getInt(4)})
                .optional();
        if (row.isEmpty()) {
            return;
        }
        Object[] r = row.get();
        String kind = (String) r[1];
        Counter.builder("dearme_jobs_total").tag("kind", kind).tag("outcome", "failed").register(meters).increment();
        JobHandler h = byKind.get(kind);
        if (h != null) {
            try {
                h.onFailed(new JobContext(jobId, r[0] == null ? null : ((Number) r[0]).longValue(), kind,
                        json.readValue((String) r[2], new TypeReference<Map<String, Object>>() { }), (Integer) r[3]), cause);
            } catch (RuntimeException e) {
                log.error("onFailed of job {} threw", jobId, e);
            }
        }
    }

    private static String truncate(String s) {
        return s.length() > 1000 ? s.substring(0, 1000) : s;
    }
}
