package app.dearme.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dearme.platform.error.ApiException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/**
 * The admission limit around chat-turn database work: a burst waits in the app instead of in the connection pool, a
 * start that waits too long gets a 503 with Retry-After, and a completion always waits its turn.
 */
class ChatAdmissionTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    /** Not the common pool: on a 2-core machine it has one thread, which a blocked start would occupy. */
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

    static ChatProperties props(int slots, Duration wait) {
        return new ChatProperties(10, 3, 150, Duration.ofMinutes(3), Duration.ofSeconds(1), Duration.ofHours(24),
                Duration.ZERO, slots, wait);
    }

    private ChatAdmission admission(int slots, Duration wait) {
        return new ChatAdmission(props(slots, wait), registry);
    }

    /** Work that holds its slot until released. */
    static final class Blocking {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        String run(String result) {
            entered.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return result;
        }
    }

    @Test
    void aStartThatWaitsLongerThanTheLimitGetsA503WithRetryAfter() throws Exception {
        ChatAdmission admission = admission(1, Duration.ofMillis(200));
        Blocking blocking = new Blocking();
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> admission.start(() -> blocking.run("a")), threads);
        assertThat(blocking.entered.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(registry.get("dearme.chat.turn.slots.available").gauge().value()).isZero();

        assertThatThrownBy(() -> admission.start(() -> "b"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
                    assertThat(e.slug()).isEqualTo("chat-busy");
                    assertThat(e.retryAfter()).isPositive();
                });

        blocking.release.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("a");
        assertThat(registry.get("dearme.chat.turn.slots.available").gauge().value()).isEqualTo(1);
    }

    @Test
    void aCompletionWaitsForASlotInsteadOfFailingSoNoReplyIsLost() throws Exception {
        ChatAdmission admission = admission(1, Duration.ofMillis(50));
        Blocking blocking = new Blocking();
        CompletableFuture.runAsync(() -> admission.start(() -> blocking.run("a")), threads);
        assertThat(blocking.entered.await(5, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<String> reply = CompletableFuture.supplyAsync(() -> admission.always(() -> "답장"), threads);
        // a start would have been refused after its 50 ms; the completion is still queued behind the slot
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(() ->
                registry.get("dearme.chat.turn.slots.waiting").gauge().value() == 1);
        Thread.sleep(300);
        assertThat(reply).isNotDone();

        blocking.release.countDown();
        assertThat(reply.get(5, TimeUnit.SECONDS)).isEqualTo("답장");
    }

    @Test
    void aBurstWaitsItsTurnAndNeverRunsMoreThanTheLimitAtOnce() throws Exception {
        ChatAdmission admission = admission(3, Duration.ofSeconds(10));
        AtomicInteger running = new AtomicInteger();
        AtomicInteger maxRunning = new AtomicInteger();
        List<CompletableFuture<Integer>> sends = new java.util.ArrayList<>();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 200; i++) {
                int n = i;
                sends.add(CompletableFuture.supplyAsync(() -> admission.start(() -> {
                    maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
                    try {
                        Thread.sleep(2); // long enough for unlimited starts to overlap
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } finally {
                        running.decrementAndGet();
                    }
                    return n;
                }), pool));
            }
            for (var s : sends) {
                assertThat(s.get(10, TimeUnit.SECONDS)).isNotNull();
            }
        }
        assertThat(maxRunning.get()).isBetween(1, 3);
    }
}
