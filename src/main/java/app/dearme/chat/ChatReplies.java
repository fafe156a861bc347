package app.dearme.chat;

import app.dearme.ai.AiEngine;
import app.dearme.ai.ChatRequest;
import app.dearme.ai.CrisisResource;
import app.dearme.ai.SafetyResult;
import app.dearme.platform.error.ApiException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Produces the persona's reply for a prepared turn, as one response or as an SSE stream. The stream
 * runs on its own virtual thread, which is the emitter's only writer; a failed write, an emitter
 * error or a timeout marks the turn cancelled, which the engine sees through ChunkSink#cancelled().
 */
@Component
class ChatReplies {

    private static final Logger log = LoggerFactory.getLogger(ChatReplies.class);
    private static final MediaType UTF8_TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);

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

    SseEmitter stream(ChatAdmission.Admitted started) {
        ChatTurns.Turn turn = started.turn();
        SseEmitter emitter = new SseEmitter(props.streamTimeout().toMillis());
        AtomicBoolean gone = new AtomicBoolean();
        emitter.onTimeout(() -> {
            gone.set(true);
            emitter.complete();
        });
        emitter.onError(t -> gone.set(true));
        Thread.ofVirtual().name("chat-stream-" + turn.chat().id()).start(() -> run(started, emitter, gone));
        return emitter;
    }

    private void run(ChatAdmission.Admitted started, SseEmitter emitter, AtomicBoolean gone) {
        ChatTurns.Turn turn = started.turn();
        ReplyGenerator.Out out = new ReplyGenerator.Out() {
            @Override
            public void chunk(String text) throws IOException {
                send(emitter, gone, Map.of("type", "chunk", "content", text));
            }

            @Override
            public void keepAlive() throws IOException {
                try {
                    emitter.send(SseEmitter.event().comment("checking"));
                } catch (IOException | IllegalStateException e) {
                    gone.set(true);
                    throw e instanceof IOException io ? io : new IOException(e);
                }
            }

            @Override
            public boolean cancelled() {
                return gone.get();
            }
        };
        boolean stored = turn.replay() != null;
        try {
            send(emitter, gone, Map.of("type", "user_message", "message", turn.userMessage()));
            ChatDtos.Message reply;
            if (turn.replay() != null) {
                reply = turn.replay().reply();
                out.chunk(reply.content());
            } else {
                SafetyResult safety = ai.screen(turn.userMessage().content());
                if (safety.flagged()) {
                    send(emitter, gone, safetyEvent(safety));
                }
                String text = generator.generate(started.request(), turn.persona().userId(), safety.flagged(), out);
                reply = admission.complete(turn, text);
                stored = true;
            }
            send(emitter, gone, Map.of("type", "done", "message", reply));
            emitter.complete();
        } catch (CancellationException | IOException e) {
            if (!stored) {
                admission.abort(turn);
            }
            log.debug("Chat stream {} ended early: {}", turn.chat().id(), e.toString());
            quietly(emitter::complete);
        } catch (RuntimeException e) {
            if (!stored) {
                abortQuietly(turn);
            }
            log.warn("Chat stream {} failed: {}", turn.chat().id(), e.toString());
            quietly(() -> {
                send(emitter, gone, Map.of("type", "error",
                        "detail", "답장을 만들지 못했어요. 잠시 후 다시 시도해 주세요."));
                emitter.complete();
            });
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

    private void send(SseEmitter emitter, AtomicBoolean gone, Map<String, ?> event) throws IOException {
        if (gone.get()) {
            throw new CancellationException("client disconnected");
        }
        try {
            emitter.send(SseEmitter.event().data(json.writeValueAsString(event), UTF8_TEXT));
        } catch (IOException | IllegalStateException e) {
            gone.set(true);
            throw e instanceof IOException io ? io : new IOException(e);
        }
    }

    private void abortQuietly(ChatTurns.Turn turn) {
        try {
            admission.abort(turn);
        } catch (RuntimeException ex) {
            log.warn("Could not undo failed turn in chat {}: {}", turn.chat().id(), ex.toString());
        }
    }

    private interface IoAction {
        void run() throws Exception;
    }

    private static void quietly(IoAction a) {
        try {
            a.run();
        } catch (Exception ignored) {
            // the client is gone or the emitter already finished
        }
    }

    static ApiException aiUnavailable() {
        return new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "ai-unavailable",
                "답장을 만들지 못했어요. 잠시 후 다시 시도해 주세요.", "Could not create a reply; please retry.",
                java.util.List.of(), Duration.ofSeconds(5));
    }
}
