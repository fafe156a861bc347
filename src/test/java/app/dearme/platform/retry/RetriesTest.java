package app.dearme.platform.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.resilience4j.core.functions.Either;
import io.github.resilience4j.retry.Retry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.dao.PessimisticLockingFailureException;

class RetriesTest {

    static final class Busy extends RuntimeException {
        final long waitMs;

        Busy(long waitMs) {
            this.waitMs = waitMs;
        }
    }

    private static Retry upstream() {
        return Retries.of("t", 3, Duration.ofMillis(100), Duration.ofMillis(1000), e -> e instanceof Busy,
                e -> e instanceof Busy b ? b.waitMs : 0);
    }

    @Test
    void waitsDoubleButNeverLessThanAskedNorMoreThanTheCap() {
        var interval = upstream().getRetryConfig().getIntervalBiFunction();
        assertThat(interval.apply(1, Either.left(new Busy(0)))).isEqualTo(100);
        assertThat(interval.apply(2, Either.left(new Busy(0)))).isEqualTo(200);
        assertThat(interval.apply(1, Either.left(new Busy(700)))).isEqualTo(700);
        assertThat(interval.apply(1, Either.left(new Busy(60_000)))).isEqualTo(1000);
    }

    @Test
    void onlyTransientFailuresAreRetriedAndTheLastOneIsThrownAsItWas() {
        AtomicInteger calls = new AtomicInteger();
        Retry db = Retries.transientDatabase("db");
        assertThat(Retries.call(db, () -> {
            if (calls.incrementAndGet() < 3) {
                throw new PessimisticLockingFailureException("deadlock");
            }
            return "ok";
        })).isEqualTo("ok");
        assertThat(calls).hasValue(3);

        calls.set(0);
        assertThatThrownBy(() -> Retries.call(db, () -> {
            calls.incrementAndGet();
            throw new IllegalStateException("bug");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(calls).hasValue(1);
    }
}
