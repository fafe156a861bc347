package app.dearme.chat;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Hourly, cluster-wide once: forget chat Idempotency-Keys older than their TTL. */
@Configuration(proxyBeanMethods = false)
class ChatIdempotencyCleanup {

    @Bean
    RecurringTask<Void> chatIdempotencyCleanupTask(JdbcClient jdbc, ChatProperties props) {
        return Tasks.recurring("chat-idempotency-cleanup", FixedDelay.ofHours(1)).execute((inst, ctx) ->
                jdbc.sql("delete from idempotency_keys where scope = ? and created_at < now() - make_interval(secs => ?)")
                        .params(ChatIdempotency.SCOPE, props.idempotencyTtl().toSeconds()).update());
    }
}
