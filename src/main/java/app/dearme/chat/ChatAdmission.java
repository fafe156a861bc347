package app.dearme.chat;

import app.dearme.platform.error.ApiException;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Admission control around the database work of chat turns ({@link ChatTurns} decides what runs in a slot): the
 * start (checks, quota, user message, history, retrieval), the completion (the reply) and the undo of a failed
 * turn. At most {@code turnStartConcurrency} of them run at once, in arrival order (a fair semaphore); the rest wait in the app holding no connection. A start
 * that waits longer than {@code turnStartWait} gets a 503 with Retry-After; a completion or an undo always waits
 * its turn, because dropping it would lose a reply or leave a half-done turn.
 *
 * <p>Why: without it, a burst of sends (1,000 clicks in one second) and, three seconds later, their 1,000 replies
 * queue inside the connection pool and starve every other request, diary reads included
 * (bench/results/chat-streaming.md). The AI phase in between is not limited: waiting on the model holds no
 * connection and costs a parked virtual thread.
 */
@Component
class ChatAdmission {

    private final Semaphore slots;
    private final Duration startWait;

    ChatAdmission(ChatProperties props, MeterRegistry registry) {
        this.slots = new Semaphore(props.turnStartConcurrency(), true);
        this.startWait = props.turnStartWait();
        Gauge.builder("dearme.chat.turn.slots.available", slots, Semaphore::availablePermits)
                .description("Free slots for chat-turn database work; 0 means turns are queueing in the app")
                .register(registry);
        Gauge.builder("dearme.chat.turn.slots.waiting", slots, Semaphore::getQueueLength)
                .description("Chat turns waiting for a database slot")
                .register(registry);
    }

    /** Runs a turn's start in a slot, waiting at most {@code turnStartWait}: 503 {@code chat-busy} after that. */
    <T> T start(Supplier<T> work) {
        try {
            if (!slots.tryAcquire(startWait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        }
        try {
            return work.get();
        } finally {
            slots.release();
        }
    }

    /** Runs work that must not be dropped (a completion, an undo, a started turn's retrieval) when a slot is free. */
    <T> T always(Supplier<T> work) {
        slots.acquireUninterruptibly();
        try {
            return work.get();
        } finally {
            slots.release();
        }
    }

    private static ApiException busy() {
        return new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "chat-busy",
                "지금 대화 요청이 많아요. 잠시 후 다시 보내 주세요.",
                "Too many chat messages are starting right now; please send again shortly.",
                List.of(), Duration.ofSeconds(2));
    }
}
