package app.dearme.chat;

import app.dearme.ai.ChatRequest;
import app.dearme.platform.error.ApiException;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Admission control for the start of a chat turn: the part that needs the database (checks, quota, user
 * message, history, retrieval). At most {@code turnStartConcurrency} starts run at once, in arrival order;
 * the rest wait in the app, holding no connection, for up to {@code turnStartWait}, then get a 503 with
 * Retry-After. Without it, a burst of sends (1,000 clicks in one second) queues inside the connection pool
 * and starves every other request, diary reads included. The AI phase is not limited: waiting on the model
 * holds no connection and costs a parked virtual thread.
 */
@Component
class ChatAdmission {

    /** A started turn and, unless it is an idempotent replay, the context its reply is generated from. */
    record Admitted(ChatTurns.Turn turn, ChatRequest request) {
    }

    private final ChatTurns turns;
    private final ChatContextBuilder context;
    private final Bulkhead bulkhead;

    ChatAdmission(ChatTurns turns, ChatContextBuilder context, ChatProperties props, MeterRegistry registry) {
        this.turns = turns;
        this.context = context;
        this.bulkhead = Bulkhead.of("chat-turn-start", BulkheadConfig.custom()
                .maxConcurrentCalls(props.turnStartConcurrency())
                .maxWaitDuration(props.turnStartWait())
                .fairCallHandlingStrategyEnabled(true)
                .build());
        Gauge.builder("dearme.chat.turn.starts.available", bulkhead,
                        b -> b.getMetrics().getAvailableConcurrentCalls())
                .description("Free turn-start slots; 0 means sends are queueing in the app")
                .register(registry);
    }

    Admitted start(long userId, long chatId, String content, String idemKey) {
        try {
            return bulkhead.executeSupplier(() -> prepare(userId, chatId, content, idemKey));
        } catch (BulkheadFullException e) {
            throw busy();
        }
    }

    private Admitted prepare(long userId, long chatId, String content, String idemKey) {
        ChatTurns.Turn turn = turns.prepare(userId, chatId, content, idemKey);
        if (turn.replay() != null) {
            return new Admitted(turn, null);
        }
        try {
            return new Admitted(turn, context.build(turn));
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
