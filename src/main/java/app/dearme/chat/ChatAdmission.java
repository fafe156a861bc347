package app.dearme.chat;

import app.dearme.ai.AiEngine;
import app.dearme.ai.ChatRequest;
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
 * Admission control for the database work of chat turns: the start (checks, quota, user message, history,
 * retrieval), the completion (the reply) and the undo of a failed turn. With an embedding provider, the start
 * gives its slot back while the message is embedded and waits for one again for the retrieval. At most {@code turnStartConcurrency} of
 * them run at once, in arrival order (a fair semaphore); the rest wait in the app holding no connection. A start
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

    /** A started turn and, unless it is an idempotent replay, the context its reply is generated from. */
    record Admitted(ChatTurns.Turn turn, ChatRequest request) {
    }

    private final ChatTurns turns;
    private final ChatContextBuilder context;
    private final AiEngine ai;
    private final Semaphore slots;
    private final Duration startWait;

    ChatAdmission(ChatTurns turns, ChatContextBuilder context, AiEngine ai, ChatProperties props,
                  MeterRegistry registry) {
        this.turns = turns;
        this.context = context;
        this.ai = ai;
        this.slots = new Semaphore(props.turnStartConcurrency(), true);
        this.startWait = props.turnStartWait();
        Gauge.builder("dearme.chat.turn.slots.available", slots, Semaphore::availablePermits)
                .description("Free slots for chat-turn database work; 0 means turns are queueing in the app")
                .register(registry);
        Gauge.builder("dearme.chat.turn.slots.waiting", slots, Semaphore::getQueueLength)
                .description("Chat turns waiting for a database slot")
                .register(registry);
    }

    Admitted start(long userId, long chatId, String content, String idemKey) {
        try {
            if (!slots.tryAcquire(startWait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        }
        ChatTurns.Turn prepared;
        try {
            prepared = turns.prepare(userId, chatId, content, idemKey);
            if (prepared.replay() != null) {
                return new Admitted(prepared, null);
            }
            if (!ai.embeddingsEnabled() || prepared.friend()) {
                // friend chats have no retrieval, so their message is never embedded
                return new Admitted(prepared, contextOrUndo(prepared, null));
            }
        } finally {
            slots.release();
        }
        // hybrid retrieval: the embedding provider call holds neither a slot nor a connection
        ChatTurns.Turn turn = prepared;
        float[] vector;
        try {
            vector = ai.embed(content).orElse(null);
        } catch (RuntimeException e) {
            vector = null; // retrieval falls back to full text
        }
        float[] queryVector = vector;
        return always(() -> new Admitted(turn, contextOrUndo(turn, queryVector)));
    }

    ChatDtos.Message complete(ChatTurns.Turn turn, String reply) {
        return always(() -> turns.complete(turn, reply));
    }

    void abort(ChatTurns.Turn turn) {
        always(() -> {
            turns.abort(turn);
            return null;
        });
    }

    private <T> T always(Supplier<T> work) {
        slots.acquireUninterruptibly();
        try {
            return work.get();
        } finally {
            slots.release();
        }
    }

    private ChatRequest contextOrUndo(ChatTurns.Turn turn, float[] queryVector) {
        try {
            return context.build(turn, queryVector);
        } catch (RuntimeException e) {
            // the user message is already committed: take it back, as for any turn that gets no reply
            turns.abort(turn);
            throw ChatReplies.aiUnavailable();
        }
    }

    private static ApiException busy() {
        return new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "chat-busy",
                "지금 대화 요청이 많아요. 잠시 후 다시 보내 주세요.",
                "Too many chat messages are starting right now; please send again shortly.",
                List.of(), Duration.ofSeconds(2));
    }
}
