package app.dearme.chat;

import app.dearme.ai.AiEngine;
import app.dearme.ai.ChatRequest;
import app.dearme.ai.ChunkSink;
import app.dearme.ai.CrisisResource;
import app.dearme.diary.DiaryReader;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs the AI for one turn. Own chats stream chunks straight through. Friend chats are buffered: the
 * engine saw only the persona profile (no diary reaches a friend chat's request), and the full reply is
 * checked for verbatim overlap with ALL of the owner's diaries, private included — a tripwire against an
 * engine that knows more than it was given. Text the friend already has (their messages, the history, the
 * profile) is excluded from the match, and a hit is answered with one regeneration of the same request,
 * emitted as generated: no mask, no fallback line, nothing whose form depends on what a diary contains
 * (docs/security.md). While buffering, keep-alive comments detect a gone client.
 */
@Component
class ReplyGenerator {

    static final int CHUNK_CODEPOINTS = 4;
    private static final Logger log = LoggerFactory.getLogger(ReplyGenerator.class);

    /** Where a turn's output goes: an SSE stream, or nowhere (the non-streaming endpoint). */
    interface Out {
        void chunk(String text) throws IOException;

        default void keepAlive() throws IOException {
        }

        default boolean cancelled() {
            return false;
        }
    }

    private final AiEngine ai;
    private final DiaryReader diaries;
    private final OverlapChecker checker = new OverlapChecker();
    private final MeterRegistry meters;
    private final ChatProperties props;

    ReplyGenerator(AiEngine ai, DiaryReader diaries, MeterRegistry meters, ChatProperties props) {
        this.ai = ai;
        this.diaries = diaries;
        this.meters = meters;
        this.props = props;
    }

    /** Returns the full reply exactly as emitted; throws CancellationException when the client left. */
    String generate(ChatRequest req, long ownerId, boolean safetyFlagged, Out out) {
        String reply = req.friendChat() ? friendReply(req, ownerId, out) : ownReply(req, out);
        if (safetyFlagged && !reply.contains("109")) {
            String extra = "\n\n" + resourcesLine();
            emit(out, extra);
            reply += extra;
        }
        if (out.cancelled()) {
            throw new CancellationException("client disconnected");
        }
        return reply;
    }

    static String resourcesLine() {
        return "혼자 견디지 않아도 돼. " + CrisisResource.KOREA.stream()
                .map(r -> r.name() + " " + r.phone()).collect(Collectors.joining(", ")) + "에 언제든 연락해 줘.";
    }

    private String ownReply(ChatRequest req, Out out) {
        Forwarding sink = new Forwarding(out);
        String text = ai.chatReply(req, sink);
        if (sink.failed || out.cancelled()) {
            throw new CancellationException("client disconnected");
        }
        return text;
    }

    private String friendReply(ChatRequest req, long ownerId, Out out) {
        List<String> ownerTexts = diaries.allTexts(ownerId);
        List<String> known = known(req);
        Buffering sink = new Buffering(out, props.keepAliveWhileChecking().toMillis());
        String checked = OverlapChecker.canonical(nz(ai.chatReply(req, sink)));
        sink.checkCancelled();
        String outcome = "clean";
        if (checker.overlaps(checked, ownerTexts, known)) {
            checked = OverlapChecker.canonical(nz(ai.chatReply(req, sink)));
            sink.checkCancelled();
            outcome = checker.overlaps(checked, ownerTexts, known) ? "overlap_sent" : "regenerated";
            log.warn("friend reply overlapped the owner's diaries (chat turn {}, outcome {})", req.turnIndex(), outcome);
        }
        meters.counter("dearme_chat_friend_reply_guard_total", "outcome", outcome).increment();
        int[] cps = checked.codePoints().toArray();
        for (int i = 0; i < cps.length; i += CHUNK_CODEPOINTS) {
            if (i > 0) {
                pause(props.checkedReplyPace());
            }
            emit(out, new String(cps, i, Math.min(CHUNK_CODEPOINTS, cps.length - i)));
        }
        return checked;
    }

    /** What the friend already has: their message, the chat so far, and the persona profile they may view. */
    private static List<String> known(ChatRequest req) {
        List<String> known = new ArrayList<>();
        known.add(req.userMessage());
        if (req.history() != null) {
            req.history().forEach(t -> known.add(t.content()));
        }
        ChatRequest.PersonaProfile p = req.persona();
        if (p != null) {
            known.add(p.name());
            known.add(p.personality());
            known.add(p.speakingStyle());
            if (p.traits() != null) {
                known.addAll(p.traits());
            }
            if (p.interests() != null) {
                known.addAll(p.interests());
            }
        }
        if (req.customization() != null) {
            known.add(req.customization().greeting());
        }
        return known;
    }

    private static void emit(Out out, String text) {
        try {
            out.chunk(text);
        } catch (IOException e) {
            throw new CancellationException("client disconnected");
        }
    }

    private static void pause(java.time.Duration d) {
        if (d.isZero() || d.isNegative()) {
            return;
        }
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static final class Forwarding implements ChunkSink {
        private final Out out;
        private volatile boolean failed;

        Forwarding(Out out) {
            this.out = out;
        }

        @Override
        public void chunk(String text) {
            if (failed || text == null || text.isEmpty()) {
                return;
            }
            try {
                out.chunk(text);
            } catch (IOException | RuntimeException e) {
                failed = true;
            }
        }

        @Override
        public boolean cancelled() {
            return failed || out.cancelled();
        }
    }

    /** Swallows chunks (the engine returns the full text) and pings the client now and then. */
    private static final class Buffering implements ChunkSink {
        private final Out out;
        private final long pingMillis;
        private long lastPing = System.currentTimeMillis();
        private volatile boolean failed;

        Buffering(Out out, long pingMillis) {
            this.out = out;
            this.pingMillis = pingMillis;
        }

        @Override
        public void chunk(String text) {
            long now = System.currentTimeMillis();
            if (!failed && now - lastPing >= pingMillis) {
                lastPing = now;
                try {
                    out.keepAlive();
                } catch (IOException | RuntimeException e) {
                    failed = true;
                }
            }
        }

        @Override
        public boolean cancelled() {
            return failed || out.cancelled();
        }

        void checkCancelled() {
            if (cancelled()) {
                throw new CancellationException("client disconnected");
            }
        }
    }
}
