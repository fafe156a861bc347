package app.dearme.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.Mockito.mock;

import app.dearme.ai.AiEngine;
import app.dearme.platform.web.SseWriter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * When the browser is gone before anything could be written, the turn is undone; a transient database failure
 * of that undo (a deadlock victim) is retried, and no failure of it escapes into the already-open SSE response.
 */
class ChatRepliesTest {

    /** abort() fails with {@code failure} for the first {@code failures} calls. */
    static final class FlakyUndo extends ChatTurns {
        final AtomicInteger calls = new AtomicInteger();
        final AtomicInteger done = new AtomicInteger();
        private final int failures;
        private final RuntimeException failure;

        FlakyUndo(int failures, RuntimeException failure) {
            super(null, null, null, null, null);
            this.failures = failures;
            this.failure = failure;
        }

        @Override
        void abort(Turn turn) {
            if (calls.incrementAndGet() <= failures) {
                throw failure;
            }
            done.incrementAndGet();
        }
    }

    /** A response whose client has hung up: every write fails. */
    private static SseWriter goneClient() {
        MockHttpServletResponse response = new MockHttpServletResponse() {
            @Override
            public ServletOutputStream getOutputStream() {
                return new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        throw new IOException("Broken pipe");
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                    }
                };
            }
        };
        return new SseWriter(response);
    }

    private static ChatReplies replies(ChatTurns turns) {
        var props = new ChatProperties(10, 3, 150, Duration.ofMinutes(3), Duration.ofSeconds(1), Duration.ofHours(24),
                Duration.ZERO, 8, Duration.ofSeconds(30));
        AiEngine ai = mock(AiEngine.class);
        ChatAdmission admission = new ChatAdmission(turns, new ChatAdmissionTest.Context(), ai, props,
                new SimpleMeterRegistry());
        return new ChatReplies(admission, mock(ReplyGenerator.class), ai, JsonMapper.builder().build(), props);
    }

    private static ChatAdmission.Admitted started() {
        var now = java.time.OffsetDateTime.now();
        var chat = new ChatDtos.ChatView(7, 3, "나", true, null, now, now);
        var message = new ChatDtos.Message(1, 7, "user", "안녕", now);
        return new ChatAdmission.Admitted(
                new ChatTurns.Turn(1, chat, null, false, message, java.util.List.of(), 0, null, null), null);
    }

    @Test
    void aDeadlockedUndoIsRetriedUntilItCommits() {
        FlakyUndo turns = new FlakyUndo(1, new PessimisticLockingFailureException("deadlock detected"));
        replies(turns).stream(started(), goneClient());
        assertThat(turns.calls).hasValue(2);
        assertThat(turns.done).hasValue(1);
    }

    @Test
    void anUndoThatKeepsFailingIsGivenUpWithoutBreakingTheResponse() {
        FlakyUndo transientForever = new FlakyUndo(Integer.MAX_VALUE, new PessimisticLockingFailureException("deadlock"));
        assertThatCode(() -> replies(transientForever).stream(started(), goneClient())).doesNotThrowAnyException();
        assertThat(transientForever.calls).hasValue(3); // the first try and two retries

        FlakyUndo broken = new FlakyUndo(Integer.MAX_VALUE, new IllegalStateException("bug"));
        assertThatCode(() -> replies(broken).stream(started(), goneClient())).doesNotThrowAnyException();
        assertThat(broken.calls).hasValue(1); // not a transient failure: not retried
    }
}
