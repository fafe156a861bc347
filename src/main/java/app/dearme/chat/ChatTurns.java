package app.dearme.chat;

import app.dearme.ai.AiEngine;
import app.dearme.ai.ChatRequest;
import app.dearme.ai.SafetyResult;
import app.dearme.platform.error.ApiException;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import app.dearme.platform.retry.Retries;
import io.github.resilience4j.retry.Retry;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * A chat turn from send to stored reply, as one state machine: {@code PREPARED} (user message stored and charged,
 * context built) → {@code STREAMING} (the AI is producing the reply) → {@code COMPLETED} (reply stored) or
 * {@code ABORTED} (undone and refunded). Only this class moves a turn between states; {@link ChatAdmission} wraps
 * each database step, {@link ChatTurnSteps} keeps each step atomic, and the endpoint sees the turn only through its
 * {@link TurnOutput}.
 *
 * <p>The turn runs on the request's own (virtual) thread, which owns the response throughout. A failed write (the
 * client went away) or the stream timeout ends the turn early: if nothing of the reply reached the client it is
 * undone and refunded, otherwise what was delivered is kept as the reply and the message stays counted (a client
 * hanging up just before {@code done} must not get a free turn).
 */
@Component
class ChatTurns {

    enum State { PREPARED, STREAMING, COMPLETED, ABORTED }

    private static final Logger log = LoggerFactory.getLogger(ChatTurns.class);
    /** Only for the undo/keep of a turn that ended early: the stream is open, so a failure can only be logged. */
    private static final Retry END_EARLY_RETRY = Retries.transientDatabase("chat-turn-end-early");

    /** What the start slot admitted: a new turn, or the stored result of a repeated Idempotency-Key. */
    sealed interface Admitted permits Turn, Replay {
    }

    record Replay(ChatIdempotency.Stored stored) implements Admitted {
    }

    /** A started turn: its stored data, its context and where it is. Never shared between threads. */
    static final class Turn implements Admitted {
        final ChatTurnSteps.Prepared data;
        private ChatRequest request;
        private State state = State.PREPARED;

        Turn(ChatTurnSteps.Prepared data) {
            this.data = data;
        }

        State state() {
            return state;
        }

        void move(State from, State to) {
            if (state != from) {
                throw new IllegalStateException("chat turn is " + state + ", not " + from + " (to " + to + ")");
            }
            state = to;
        }
    }

    private final ChatTurnSteps steps;
    private final ChatAdmission admission;
    private final ChatContextBuilder context;
    private final ReplyGenerator generator;
    private final AiEngine ai;
    private final ChatProperties props;

    ChatTurns(ChatTurnSteps steps, ChatAdmission admission, ChatContextBuilder context, ReplyGenerator generator,
              AiEngine ai, ChatProperties props) {
        this.steps = steps;
        this.admission = admission;
        this.context = context;
        this.generator = generator;
        this.ai = ai;
        this.props = props;
    }

    /**
     * Runs one send to its end. Problems found before the first output (404/403/400/409/422/429, 503 when too many
     * turns are starting or the context cannot be built) are thrown, so the endpoint answers them as problem+json.
     */
    void send(long userId, long chatId, String content, String idemKey, TurnOutput out) {
        switch (admission.start(() -> admit(userId, chatId, content, idemKey))) {
            case Replay replay -> replay(replay.stored(), out);
            case Turn turn -> {
                if (turn.request == null) {
                    retrieveWithEmbedding(turn);
                }
                run(turn, out);
            }
        }
    }

    /** In the start slot: the prepare transaction and, unless the message must be embedded first, the context. */
    private Admitted admit(long userId, long chatId, String content, String idemKey) {
        return switch (steps.prepare(userId, chatId, content, idemKey)) {
            case ChatTurnSteps.Replayed replayed -> new Replay(replayed.stored());
            case ChatTurnSteps.Prepared prepared -> {
                Turn turn = new Turn(prepared);
                if (!ai.embeddingsEnabled() || prepared.friend()) {
                    // friend chats have no retrieval, so their message is never embedded
                    turn.request = contextOrUndo(turn, null);
                }
                yield turn;
            }
        };
    }

    /** Hybrid retrieval: the embedding provider call holds neither a slot nor a connection. */
    private void retrieveWithEmbedding(Turn turn) {
        float[] vector;
        try {
            vector = ai.embed(turn.data.userMessage().content()).orElse(null);
        } catch (RuntimeException e) {
            vector = null; // retrieval falls back to full text
        }
        float[] queryVector = vector;
        turn.request = admission.always(() -> contextOrUndo(turn, queryVector));
    }

    private ChatRequest contextOrUndo(Turn turn, float[] queryVector) {
        try {
            return context.build(turn.data, queryVector);
        } catch (RuntimeException e) {
            // the user message is already committed: take it back, as for any turn that gets no reply
            steps.abort(turn.data);
            turn.move(State.PREPARED, State.ABORTED);
            throw aiUnavailable();
        }
    }

    private static void replay(ChatIdempotency.Stored stored, TurnOutput out) {
        try {
            out.userMessage(stored.userMessage());
            out.chunk(stored.reply().content());
            out.done(stored.reply());
        } catch (IOException e) {
            log.debug("Replayed chat stream ended early: {}", e.toString());
        }
    }

    private void run(Turn turn, TurnOutput out) {
        turn.move(State.PREPARED, State.STREAMING);
        long deadline = System.nanoTime() + props.streamTimeout().toNanos();
        ReplyGenerator.Out generated = new ReplyGenerator.Out() {
            @Override
            public void chunk(String text) throws IOException {
                out.chunk(text);
            }

            @Override
            public void keepAlive() throws IOException {
                out.keepAlive();
            }

            @Override
            public boolean cancelled() {
                return out.cancelled() || System.nanoTime() > deadline;
            }
        };
        try {
            out.userMessage(turn.data.userMessage());
            SafetyResult safety = ai.screen(turn.data.userMessage().content());
            if (safety.flagged()) {
                out.safety(safety);
            }
            String text = generator.generate(turn.request, turn.data.persona().userId(), safety.flagged(), generated);
            ChatDtos.Message reply = complete(turn, text);
            out.done(reply);
        } catch (CancellationException | IOException e) {
            endEarly(turn, out.delivered());
            log.debug("Chat turn in chat {} ended early: {}", turn.data.chat().id(), e.toString());
            failed(out);
        } catch (RuntimeException e) {
            endEarly(turn, out.delivered());
            log.warn("Chat turn in chat {} failed: {}", turn.data.chat().id(), e.toString());
            failed(out);
        }
    }

    /** Tells the output the turn ended without a reply, unless the client is gone (nobody left to tell). */
    private static void failed(TurnOutput out) {
        if (out.cancelled()) {
            return; // the client is gone: there is no one to tell
        }
        try {
            out.failed();
        } catch (IOException ignored) {
            // the client went away meanwhile
        }
    }

    private ChatDtos.Message complete(Turn turn, String text) {
        ChatDtos.Message reply = admission.always(() -> steps.complete(turn.data, text));
        turn.move(State.STREAMING, State.COMPLETED);
        return reply;
    }

    private void abort(Turn turn) {
        admission.always(() -> {
            steps.abort(turn.data);
            return null;
        });
        turn.move(State.STREAMING, State.ABORTED);
    }

    /**
     * A turn that ended before its reply was stored: undone and refunded when nothing of the reply reached the
     * client, otherwise completed with what was delivered. A transient database failure (a deadlock victim) is
     * retried; nothing escapes, because the response may already be a stream.
     */
    private void endEarly(Turn turn, String delivered) {
        if (turn.state != State.STREAMING) {
            return; // already stored: only the last write failed
        }
        try {
            Retries.call(END_EARLY_RETRY, () -> {
                if (delivered.isEmpty()) {
                    abort(turn);
                } else {
                    complete(turn, delivered);
                }
                return null;
            });
        } catch (RuntimeException ex) {
            log.warn("Could not end chat turn in chat {} early: {}", turn.data.chat().id(), ex.toString());
        }
    }

    static ApiException aiUnavailable() {
        return new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "ai-unavailable",
                "답장을 만들지 못했어요. 잠시 후 다시 시도해 주세요.", "Could not create a reply; please retry.",
                List.of(), Duration.ofSeconds(5));
    }
}
