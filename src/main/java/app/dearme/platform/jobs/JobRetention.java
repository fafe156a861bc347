package app.dearme.platform.jobs;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Cluster-wide once per interval (db-scheduler): delete finished jobs older than dearme.jobs.retention.keep. */
@Configuration(proxyBeanMethods = false)
class JobRetention {

    private static final Logger log = LoggerFactory.getLogger(JobRetention.class);

    private final JdbcClient jdbc;
    private final JobRetentionProperties props;

    JobRetention(JdbcClient jdbc, JobRetentionProperties props) {
        this.jdbc = jdbc;
        this.props = props;
    }

    @Bean
    RecurringTask<Void> jobRetentionTask() {
        return Tasks.recurring("job-retention", FixedDelay.of(props.interval())).execute((inst, ctx) -> prune());
    }

    /**
     * Deletes in batches (jobs_finished_idx) so one run never holds a long lock or a huge transaction after a
     * retention change; returns how many rows went.
     */
    int prune() {
        int total = 0;
        int deleted;
        do {
            deleted = jdbc.sql("delete from jobs where id in (select id from jobs where status in ('done', 'failed') "
                            + "and finished_at < now() - make_interval(secs => ?) limit ?)")
                    .params(props.keep().toSeconds(), props.batchSize()).update();
            total += deleted;
        } while (deleted == props.batchSize());
        if (total > 0) {
            log.info("Pruned {} finished jobs older than {}", total, props.keep());
        }
        return total;
    }
}
