package app.dearme.chat;

import app.dearme.vocabulary.PersonaLevel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import app.dearme.ai.AiEngine;
import app.dearme.ai.SafetyResult;
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
 * When the browser is gone before anything of the reply could be written, the turn is undone (and refunded); a
 * transient database failure of that undo (a deadlock victim) is retried, and no failure of it escapes into the
 * already-open SSE response. Once part of the reply was delivered, a hang-up keeps the turn and its charge.
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

        final java.util.List<String> completed = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        ChatDtos.Message complete(Turn turn, String reply) {
            completed.add(reply);
            return new ChatDtos.Message(2, 7, "persona", reply, java.time.OffsetDateTime.now());
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

    /** A client that takes every write until {@code hungUp} is set, then fails like a closed socket. */
    private static SseWriter clientThatHangsUp(java.util.concurrent.atomic.AtomicBoolean hungUp) {
        MockHttpServletResponse response = new MockHttpServletResponse() {
            @Override
            public ServletOutputStream getOutputStream() {
                return new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        if (hungUp.get()) {
                            throw new IOException("Broken pipe");
                        }
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
        return replies(turns, mock(ReplyGenerator.class));
    }

    private static ChatReplies replies(ChatTurns turns, ReplyGenerator generator) {
        var props = new ChatProperties(10, 3, 150, Duration.ofMinutes(3), Duration.ofSeconds(1), Duration.ofHours(24),
                Duration.ZERO, 8, Duration.ofSeconds(30));
        AiEngine ai = mock(AiEngine.class);
        when(ai.screen(any())).thenReturn(SafetyResult.CLEAR);
        ChatAdmission admission = new ChatAdmission(turns, new ChatAdmissionTest.Context(), ai, props,
                new SimpleMeterRegistry());
        return new ChatReplies(admission, generator, ai, JsonMapper.builder().build(), props);
    }

    private static ChatAdmission.Admitted started() {
        var now = java.time.OffsetDateTime.now();
        var chat = new ChatDtos.ChatView(7, 3, "나", true, null, now, now);
        var message = new ChatDtos.Message(1, 7, "user", "안녕", now);
        var persona = new app.dearme.persona.PersonaView(3, 1, "나", "차분함", java.util.List.of(), java.util.List.of(),
                "다정하게", "요약", true, null, PersonaLevel.COMPLETE, null, now, now);
        return new ChatAdmission.Admitted(
                new ChatTurns.Turn(1, chat, persona, false, message, java.util.List.of(), 0, null, null), null);
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

    @Test
    void aClientThatHangsUpAfterPartOfTheReplyKeepsTheTurnAndItsChargeWithWhatWasDelivered() throws Exception {
        FlakyUndo turns = new FlakyUndo(0, null);
        var hungUp = new java.util.concurrent.atomic.AtomicBoolean();
        ReplyGenerator generator = mock(ReplyGenerator.class);
        when(generator.generate(any(), anyLong(), anyBoolean(), any())).thenAnswer(inv -> {
            ReplyGenerator.Out out = inv.getArgument(3);
            out.chunk("오늘은 ");
            out.chunk("조금 ");
            hungUp.set(true); // the tab closes just before the rest (and done)
            out.chunk("피곤했어.");
            return "오늘은 조금 피곤했어.";
        });
        replies(turns, generator).stream(started(), clientThatHangsUp(hungUp));
        assertThat(turns.calls).as("no undo, so no refund").hasValue(0);
        assertThat(turns.completed).containsExactly("오늘은 조금 ");
    }

    @Test
    void aClientThatHangsUpBeforeAnyOfTheReplyIsRefunded() throws Exception {
        FlakyUndo turns = new FlakyUndo(0, null);
        var hungUp = new java.util.concurrent.atomic.AtomicBoolean();
        ReplyGenerator generator = mock(ReplyGenerator.class);
        when(generator.generate(any(), anyLong(), anyBoolean(), any())).thenAnswer(inv -> {
            hungUp.set(true); // gone while the reply was being made: nothing of it was delivered
            ReplyGenerator.Out out = inv.getArgument(3);
            out.chunk("오늘은 ");
            return "오늘은";
        });
        replies(turns, generator).stream(started(), clientThatHangsUp(hungUp));
        assertThat(turns.done).as("undone and refunded").hasValue(1);
        assertThat(turns.completed).isEmpty();
    }
}
