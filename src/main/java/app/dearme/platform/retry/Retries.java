package app.dearme.platform.retry;

import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.springframework.dao.TransientDataAccessException;

/**
 * The one retry rule of the code base (resilience4j Retry): a few extra attempts, only for failures that may pass
 * on their own, with exponential backoff that never waits less than the failure itself asks (an upstream's
 * Retry-After) nor more than a cap. Everything else fails at once.
 */
public final class Retries {

    private Retries() {
    }

    /**
     * @param name        for logs and metrics
     * @param maxRetries  extra attempts after the first
     * @param backoff     the first wait; doubles with each retry
     * @param maxWait     no single wait is longer
     * @param transientOn which failures are worth another attempt
     * @param asksToWait  how long a failure asks to wait (e.g. Retry-After), in ms; 0 when it does not say
     */
    public static Retry of(String name, int maxRetries, Duration backoff, Duration maxWait,
                           Predicate<Throwable> transientOn, ToLongFunction<Throwable> asksToWait) {
        IntervalBiFunction<Object> interval = (attempt, outcome) -> {
            long exponential = backoff.toMillis() * (1L << Math.min(20, attempt - 1));
            long asked = outcome.isLeft() ? asksToWait.applyAsLong(outcome.getLeft()) : 0;
            return Math.min(maxWait.toMillis(), Math.max(exponential, asked));
        };
        return Retry.of(name, RetryConfig.custom()
                .maxAttempts(maxRetries + 1)
                .retryOnException(transientOn)
                .intervalBiFunction(interval)
                .failAfterMaxAttempts(false)
                .build());
    }

    /** Database work that lost to a concurrent transaction (deadlock victim, serialization failure) and may pass now. */
    public static Retry transientDatabase(String name) {
        return of(name, 2, Duration.ofMillis(20), Duration.ofMillis(200),
                e -> e instanceof TransientDataAccessException, e -> 0);
    }

    /** Runs {@code work} under {@code retry}; the last failure is thrown as it was. */
    public static <T> T call(Retry retry, Supplier<T> work) {
        return Retry.decorateSupplier(retry, work).get();
    }
}
