package app.dearme.chat;

import app.dearme.ai.AiEngine;
import app.dearme.ai.ChatRequest;
import app.dearme.ai.CrisisResource;
import app.dearme.ai.SafetyResult;
import app.dearme.platform.error.ApiException;
import app.dearme.platform.web.SseWriter;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Produces the persona's reply for a prepared turn, as one response or as an SSE stream. The stream is
 * written by the request's own virtual thread, the response's only writer (see {@link SseWriter}); a failed
 * write (the client went away) or the stream timeout marks the turn cancelled, which the engine sees through
 * ChunkSink#cancelled() and answers by cancelling the upstream call.
 */
@Component
class ChatReplies {

    private static final Logger log = LoggerFactory.getLogger(ChatReplies.class);
    private static final RetryTemplate UNDO_RETRY = new RetryTemplate(RetryPolicy.builder()
            .includes(TransientDataAccessException.class).maxRetries(2).delay(Duration.ofMillis(20)).build());

    private final ChatAdmission admission;
    private final ReplyGenerator generator;
    private final AiEngine ai;
    private final JsonMapper json;
    private final ChatProperties props;

    ChatReplies(ChatAdmission admission, ReplyGenerator generator, AiEngine ai, JsonMapper json,
                ChatProperties props) {
        this.admission = admission;
        this.generator = generator;
        this.ai = ai;
        this.json = json;
        this.props = props;
    }

    ChatDtos.Message reply(ChatAdmission.Admitted started) {
        ChatTurns.Turn turn = started.turn();
        if (turn.replay() != null) {
            return turn.replay().reply();
        }
        try {
            SafetyResult safety = ai.screen(turn.userMessage().content());
            ChatRequest req = started.request();
            String text = generator.generate(req, turn.persona().userId(), safety.flagged(), chunk -> { });
            return admission.complete(turn, text);
        } catch (RuntimeException e) {
            admission.abort(turn);
            log.warn("Chat reply failed for chat {}: {}", turn.chat().id(), e.toString());
            throw aiUnavailable();
        }
    }

    /**
     * Streams the reply on the calling (request) thread, which owns the response throughout; returns when the
     * stream has ended. The stream also ends, as cancelled, after {@code streamTimeout}.
     */
    void stream(ChatAdmission.Admitted started, SseWriter sse) {
        ChatTurns.Turn turn = started.turn();
        long deadline = System.nanoTime() + props.streamTimeout().toNanos();
        // what the client has been sent of the reply: once anything was delivered the turn is charged
        StringBuilder delivered = new StringBuilder();
        ReplyGenerator.Out out = new ReplyGenerator.Out() {
            @Override
            public void chunk(String text) throws IOException {
                send(sse, Map.of("type", "chunk", "content", text));
                delivered.append(text);
            }

            @Override
            public void keepAlive() throws IOException {
                sse.comment("checking");
            }

            @Override
            public boolean cancelled() {
                return sse.closed() || System.nanoTime() > deadline;
            }
        };
        boolean stored = turn.replay() != null;
        try {
            send(sse, Map.of("type", "user_message", "message", turn.userMessage()));
            ChatDtos.Message reply;
            if (turn.replay() != null) {
                reply = turn.replay().reply();
                out.chunk(reply.content());
            } else {
                SafetyResult safety = ai.screen(turn.userMessage().content());
                if (safety.flagged()) {
                    send(sse, safetyEvent(safety));
                }
                String text = generator.generate(started.request(), turn.persona().userId(), safety.flagged(), out);
                reply = admission.complete(turn, text);
                stored = true;
            }
            send(sse, Map.of("type", "done", "message", reply));
        } catch (CancellationException | IOException e) {
            if (!stored) {
                endEarly(turn, delivered);
            }
            log.debug("Chat stream {} ended early: {}", turn.chat().id(), e.toString());
        } catch (RuntimeException e) {
            if (!stored) {
                endEarly(turn, delivered);
            }
            log.warn("Chat stream {} failed: {}", turn.chat().id(), e.toString());
            try {
                send(sse, Map.of("type", "error", "detail", "답장을 만들지 못했어요. 잠시 후 다시 시도해 주세요."));
            } catch (IOException ignored) {
                // the client is gone as well
            }
        }
    }

    private Map<String, Object> safetyEvent(SafetyResult safety) {
        Map<String, Object> ev = new LinkedHashMap<>();
        ev.put("type", "safety");
        ev.put("signals", safety.signals());
        ev.put("message", "많이 힘들었겠어요. 혼자 견디지 않아도 돼요. 지금 바로 이야기할 수 있는 곳이 있어요.");
        ev.put("resources", CrisisResource.KOREA);
        return ev;
    }

    private void send(SseWriter sse, Map<String, ?> event) throws IOException {
        sse.data(json.writeValueAsString(event));
    }

    /**
     * A turn that ended before its reply was stored. Refunded and undone only when nothing of the reply reached
     * the client; otherwise the part that was delivered is kept as the reply and the message stays counted (a
     * client hanging up just before {@code done} must not get a free turn).
     */
    private void endEarly(ChatTurns.Turn turn, CharSequence delivered) {
        if (delivered.isEmpty()) {
            abortQuietly(turn);
            return;
        }
        try {
            UNDO_RETRY.execute(() -> admission.complete(turn, delivered.toString()));
        } catch (RetryException ex) {
            log.warn("Could not keep the delivered part of turn in chat {}: {}", turn.chat().id(),
                    String.valueOf(ex.getCause()));
        }
    }

    /** The stream is already open, so a failed undo can only be logged; a transient database failure is retried. */
    private void abortQuietly(ChatTurns.Turn turn) {
        try {
            UNDO_RETRY.execute(() -> {
                admission.abort(turn);
                return null;
            });
        } catch (RetryException ex) {
            log.warn("Could not undo failed turn in chat {}: {}", turn.chat().id(), String.valueOf(ex.getCause()));
        }
    }

    static ApiException aiUnavailable() {
        return new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "ai-unavailable",
                "답장을 만들지 못했어요. 잠시 후 다시 시도해 주세요.", "Could not create a reply; please retry.",
                java.util.List.of(), Duration.ofSeconds(5));
    }
}
