package app.dearme.chat;

import app.dearme.ai.AiEngine;
import app.dearme.ai.ChatRequest;
import app.dearme.ai.ChunkSink;
import app.dearme.ai.CrisisResource;
import app.dearme.diary.DiaryReader;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Runs the AI for one turn. Own chats stream chunks straight through. Friend chats are buffered:
 * the full reply is checked for verbatim overlap with ALL of the owner's diaries (private included),
 * regenerated once without retrieval context when it overlaps, then redacted, and only the checked
 * text is emitted (in several chunks). While buffering, keep-alive comments detect a gone client.
 */
@Component
class ReplyGenerator {

    static final String MASK = "…";
    static final String FALLBACK = "그 이야기는 내 일기장 속에 소중히 담아 둘게. 대신 네 이야기를 더 들려줄래?";
    static final String RETRY_HINT = "\n\n(일기에 쓴 문장을 그대로 옮기지 말고, 네 말로 짧게 답해 줘.)";
    static final int CHUNK_CODEPOINTS = 4;

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
        Buffering sink = new Buffering(out, props.keepAliveWhileChecking().toMillis());
        String first = OverlapChecker.canonical(nz(ai.chatReply(req, sink)));
        sink.checkCancelled();
        String checked;
        String outcome;
        if (checker.overlaps(first, ownerTexts).isEmpty()) {
            checked = first;
            outcome = "clean";
        } else {
            ChatRequest retry = new ChatRequest(req.persona(), req.customization(), req.history(), List.of(),
                    req.userMessage() + RETRY_HINT, true, req.turnIndex(), req.today());
            String second = OverlapChecker.canonical(nz(ai.chatReply(retry, sink)));
            sink.checkCancelled();
            List<int[]> spans = checker.overlaps(second, ownerTexts);
            if (spans.isEmpty()) {
                checked = second;
                outcome = "regenerated";
            } else {
                String redacted = OverlapChecker.redact(second, spans, MASK);
                boolean usable = checker.overlaps(redacted, ownerTexts).isEmpty()
                        && redacted.replace(MASK, "").strip().length() >= 8;
                checked = usable ? redacted : FALLBACK;
                outcome = usable ? "redacted" : "fallback";
            }
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
