package app.dearme.platform.jobs;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.stereotype.Component;

/**
 * Delivers again the event publications whose listener failed (a milestone, an analysis), cluster-wide once per
 * interval (db-scheduler), instead of only when an instance restarts. Only publications older than
 * {@code dearme.events.retry-older-than} are resubmitted, so a listener still running on another instance is not
 * started twice.
 */
@Component
public class EventPublicationRetry {

    private final ObjectProvider<IncompleteEventPublications> incomplete;
    private final Duration olderThan;

    EventPublicationRetry(ObjectProvider<IncompleteEventPublications> incomplete,
                          @Value("${dearme.events.retry-older-than:5m}") Duration olderThan) {
        this.incomplete = incomplete;
        this.olderThan = olderThan;
    }

    public void resubmit() {
        resubmitOlderThan(olderThan);
    }

    public void resubmitOlderThan(Duration age) {
        incomplete.ifAvailable(p -> p.resubmitIncompletePublicationsOlderThan(age));
    }

    @Bean
    static RecurringTask<Void> eventPublicationRetryTask(ObjectProvider<EventPublicationRetry> retry,
                                                         @Value("${dearme.events.retry-interval:5m}") Duration every) {
        return Tasks.recurring("event-publication-retry", FixedDelay.of(every))
                .execute((inst, ctx) -> retry.getObject().resubmit());
    }
}
