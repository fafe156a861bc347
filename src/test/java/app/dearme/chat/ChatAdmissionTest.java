package app.dearme.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dearme.platform.error.ApiException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/**
 * The admission limit on turn starts: a burst waits in the app instead of in the connection pool, a send that
 * waits too long gets a 503 with Retry-After, and a start whose context cannot be built leaves nothing behind.
 */
class ChatAdmissionTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    /** Not the common pool: on a 2-core machine it has one thread, which a blocked start would occupy. */
    private final java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor();

    /** prepare() blocks on a latch while it holds the only slot, so the test controls when it is free. */
    static final class BlockingTurns extends ChatTurns {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger maxRunning = new AtomicInteger();
        final AtomicInteger aborted = new AtomicInteger();
        volatile boolean block = true;

        BlockingTurns() {
            super(null, null, null, null, null);
        }

        @Override
        Turn prepare(long userId, long chatId, String content, String idemKey) {
            maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                entered.countDown();
                if (block) {
                    release.await(10, TimeUnit.SECONDS);
                } else {
                    Thread.sleep(2); // long enough for unlimited starts to overlap
                }
                return turn(chatId);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } finally {
                running.decrementAndGet();
            }
        }

        @Override
        void abort(Turn turn) {
            aborted.incrementAndGet();
        }

        @Override
        ChatDtos.Message complete(Turn turn, String reply) {
            return new ChatDtos.Message(2, turn.userMessage().chatId(), "persona", reply, OffsetDateTime.now());
        }
    }

    static final class Context extends ChatContextBuilder {
        volatile boolean fail;

        Context() {
            super(null, null, null, null, new app.dearme.user.UserClock(null, java.time.Clock.systemUTC()));
        }

        @Override
        app.dearme.ai.ChatRequest build(ChatTurns.Turn turn, float[] queryVector) {
            if (fail) {
                throw new IllegalStateException("retrieval failed");
            }
            return null;
        }
    }

    static ChatTurns.Turn turn(long chatId) {
        var message = new ChatDtos.Message(1, chatId, "user", "안녕", OffsetDateTime.now());
        return new ChatTurns.Turn(1, null, null, false, message, List.of(), 0, null, null);
    }

    private ChatAdmission admission(ChatTurns turns, ChatContextBuilder context, int slots, Duration wait) {
        return admission(turns, context, org.mockito.Mockito.mock(app.dearme.ai.AiEngine.class), slots, wait);
    }

    private ChatAdmission admission(ChatTurns turns, ChatContextBuilder context, app.dearme.ai.AiEngine ai, int slots,
                                    Duration wait) {
        var props = new ChatProperties(10, 3, 150, Duration.ofMinutes(3), Duration.ofSeconds(1), Duration.ofHours(24),
                Duration.ZERO, slots, wait);
        return new ChatAdmission(turns, context, ai, props, registry);
    }

    @Test
    void aSendThatWaitsLongerThanTheLimitGetsA503WithRetryAfter() throws Exception {
        BlockingTurns turns = new BlockingTurns();
        ChatAdmission admission = admission(turns, new Context(), 1, Duration.ofMillis(200));
        CompletableFuture<ChatAdmission.Admitted> first = CompletableFuture.supplyAsync(() -> admission.start(1, 7, "a", null), threads);
        assertThat(turns.entered.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(registry.get("dearme.chat.turn.slots.available").gauge().value()).isZero();

        assertThatThrownBy(() -> admission.start(1, 8, "b", null))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
                    assertThat(e.slug()).isEqualTo("chat-busy");
                    assertThat(e.retryAfter()).isPositive();
                });

        turns.release.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS).turn().userMessage().chatId()).isEqualTo(7);
        assertThat(registry.get("dearme.chat.turn.slots.available").gauge().value()).isEqualTo(1);
    }

    @Test
    void aCompletionWaitsForASlotInsteadOfFailingSoNoReplyIsLost() throws Exception {
        BlockingTurns turns = new BlockingTurns();
        ChatAdmission admission = admission(turns, new Context(), 1, Duration.ofMillis(50));
        CompletableFuture.runAsync(() -> admission.start(1, 7, "a", null), threads);
        assertThat(turns.entered.await(5, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<ChatDtos.Message> reply = CompletableFuture.supplyAsync(() -> admission.complete(turn(7), "답장"), threads);
        Thread.sleep(300); // six times the start wait: a start would have been refused by now
        assertThat(reply).isNotDone();
        assertThat(registry.get("dearme.chat.turn.slots.waiting").gauge().value()).isEqualTo(1);

        turns.release.countDown();
        assertThat(reply.get(5, TimeUnit.SECONDS).content()).isEqualTo("답장");
    }

    @Test
    void aBurstWaitsItsTurnAndNeverRunsMoreThanTheLimitAtOnce() throws Exception {
        BlockingTurns turns = new BlockingTurns();
        turns.block = false;
        ChatAdmission admission = admission(turns, new Context(), 3, Duration.ofSeconds(10));
        List<CompletableFuture<ChatAdmission.Admitted>> sends = new java.util.ArrayList<>();
        try (var pool = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 200; i++) {
                long chat = i;
                sends.add(CompletableFuture.supplyAsync(() -> admission.start(1, chat, "m", null), pool));
            }
            for (var s : sends) {
                assertThat(s.get(10, TimeUnit.SECONDS).turn()).isNotNull();
            }
        }
        assertThat(turns.maxRunning.get()).isBetween(1, 3);
    }

    @Test
    void whileTheMessageIsEmbeddedTheSlotIsFreeForOthers() throws Exception {
        BlockingTurns turns = new BlockingTurns();
        turns.block = false;
        CountDownLatch embedding = new CountDownLatch(1);
        CountDownLatch providerAnswers = new CountDownLatch(1);
        app.dearme.ai.AiEngine ai = org.mockito.Mockito.mock(app.dearme.ai.AiEngine.class);
        org.mockito.Mockito.when(ai.embeddingsEnabled()).thenReturn(true);
        org.mockito.Mockito.when(ai.embed(org.mockito.ArgumentMatchers.anyString())).thenAnswer(inv -> {
            embedding.countDown();
            providerAnswers.await(10, TimeUnit.SECONDS);
            return java.util.Optional.of(new float[] {1f});
        });
        ChatAdmission admission = admission(turns, new Context(), ai, 1, Duration.ofMillis(200));
        CompletableFuture<ChatAdmission.Admitted> slow = CompletableFuture.supplyAsync(() -> admission.start(1, 7, "a", null), threads);
        assertThat(embedding.await(5, TimeUnit.SECONDS)).isTrue();

        // the only slot is free while the provider thinks: another user's send gets through instead of a 503
        org.mockito.Mockito.when(ai.embeddingsEnabled()).thenReturn(false);
        assertThat(admission.start(2, 8, "b", null).turn().userMessage().chatId()).isEqualTo(8);

        providerAnswers.countDown();
        assertThat(slow.get(5, TimeUnit.SECONDS).turn().userMessage().chatId()).isEqualTo(7);
    }

    @Test
    void aStartWhoseContextFailsIsUndoneAndReportedAsUnavailable() {
        BlockingTurns turns = new BlockingTurns();
        turns.block = false;
        Context context = new Context();
        context.fail = true;
        ChatAdmission admission = admission(turns, context, 2, Duration.ofSeconds(1));

        assertThatThrownBy(() -> admission.start(1, 9, "c", null))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE));
        assertThat(turns.aborted.get()).isEqualTo(1);
        assertThat(registry.get("dearme.chat.turn.slots.available").gauge().value()).isEqualTo(2);
    }
}
