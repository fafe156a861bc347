package app.dearme.platform.idempotency;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Cluster-wide once per interval (db-scheduler): forget Idempotency-Keys of every scope older than
 * dearme.idempotency.keep. The platform owns idempotency_keys, so it owns their cleanup (issue 17; this was a chat
 * job that deleted chat keys only, and diary keys were never deleted unless the same key came back).
 */
@Configuration(proxyBeanMethods = false)
class IdempotencyCleanup {

    @Bean
    RecurringTask<Void> idempotencyCleanupTask(IdempotencyKeys keys, IdempotencyProperties props) {
        return Tasks.recurring("idempotency-cleanup", FixedDelay.of(props.interval()))
                .execute((inst, ctx) -> keys.deleteOlderThan(props.keep(), props.batchSize()));
    }
}
