package app.dearme.platform.jobs;

import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The executor of the asynchronous module listeners ({@code @ApplicationModuleListener}: mental analysis, milestones,
 * persona hints). Boot's default with virtual threads starts one thread per event with no limit; under a burst of
 * diary writes those listeners took every pooled connection and requests failed with 503 (bench/run.sh mixed at 256
 * connections, issue 15). A few threads and a queue bound the connections they hold. A full queue drops the delivery:
 * its publication stays incomplete in event_publication, and {@link EventPublicationRetry} delivers it later.
 */
@Configuration(proxyBeanMethods = false)
class ModuleListenerExecutor implements AsyncConfigurer, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ModuleListenerExecutor.class);

    private final ThreadPoolTaskExecutor executor;

    ModuleListenerExecutor(@Value("${dearme.events.listener-threads:4}") int threads,
                     @Value("${dearme.events.listener-queue:10000}") int queue) {
        executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("module-listener-");
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setQueueCapacity(queue);
        executor.setRejectedExecutionHandler((task, pool) ->
                log.warn("Listener queue full ({} waiting): the event stays incomplete and is delivered again later",
                        pool.getQueue().size()));
        // a publication cut off by the shutdown stays incomplete and is republished at the next start
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(5);
        executor.initialize();
    }

    @Override
    public Executor getAsyncExecutor() {
        return executor;
    }

    ThreadPoolTaskExecutor executor() {
        return executor;
    }

    /** Not a bean of its own on purpose: an Executor bean would replace Boot's applicationTaskExecutor everywhere. */
    @Override
    public void destroy() {
        executor.shutdown();
    }
}
