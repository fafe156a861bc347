package app.dearme.subscription;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Hourly: stores "expired" on premium rows past their expiry (reads compute it anyway). */
@Configuration(proxyBeanMethods = false)
class SubscriptionExpiryTask {

    @Bean
    RecurringTask<Void> subscriptionExpiry(SubscriptionStore store, ObjectProvider<Clock> clock) {
        Clock c = clock.getIfAvailable(Clock::systemUTC);
        return Tasks.recurring("subscription-expiry", FixedDelay.ofHours(1))
                .execute((inst, ctx) -> store.markExpired(c.instant()));
    }
}
