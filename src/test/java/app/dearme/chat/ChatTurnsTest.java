package app.dearme.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import app.dearme.ai.AiEngine;
import app.dearme.ai.ChatRequest;
import app.dearme.ai.SafetyResult;
import app.dearme.platform.error.ApiException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * The chat turn's state machine: what is stored, undone or refunded when a turn ends in each way. When the browser
 * is gone before anything of the reply could be written, the turn is undone (and refunded); a transient database
 * failure of that undo (a deadlock victim) is retried, and no failure of it escapes into the already-open SSE
 * response. Once part of the reply was delivered, a hang-up keeps the turn and its charge. While the message is
 * embedded the start slot is free for others, and a start whose context fails leaves nothing behind.
 */
class ChatTurnsTest {

    /** Database steps that record what happened; abort() fails with {@code failure} for the first calls. */
    static final class Steps extends ChatTurnSteps {
        final AtomicInteger aborts = new AtomicInteger();
        final AtomicInteger undone = new AtomicInteger();
        final List<String> completed = new CopyOnWriteArrayList<>();
        volatile int failures;
        volatile RuntimeException failure;
        volatile ChatIdempotency.Stored replay;

        Steps() {
            super(null, null, null, null, null);
        }

        @Override
        Start prepare(long userId, long chatId, String content, String idemKey) {
            if (replay != null) {
                return new Replayed(replay);
            }
            return prepared(chatId, content);
        }

        @Override
        ChatDtos.Message complete(Prepared turn, String reply) {
            completed.add(reply);
            return new ChatDtos.Message(2, turn.chat().id(), "persona", reply, OffsetDateTime.now());
        }

        @Override
        void abort(Prepared turn) {
            if (aborts.incrementAndGet() <= failures) {
                throw failure;
            }
            undone.incrementAndGet();
        }
    }

    static final class Context extends ChatContextBuilder {
        volatile boolean fail;

        Context() {
            super(null, null, null, null, new app.dearme.user.UserClock(null, java.time.Clock.systemUTC()));
        }

        @Override
        ChatRequest build(ChatTurnSteps.Prepared turn, float[] queryVector) {
            if (fail) {
                throw new IllegalStateException("retrieval failed");
            }
            return null;
        }
    }

    static ChatTurnSteps.Prepared prepared(long chatId, String content) {
        var now = OffsetDateTime.now();
        var chat = new ChatDtos.ChatView(chatId, 3, "나", true, null, now, now);
        var message = new ChatDtos.Message(1, chatId, "user", content, now);
        var persona = new app.dearme.persona.PersonaView(3, 1, "나", "차분함", List.of(), List.of(),
                "다정하게", "요약", true, null, app.dearme.vocabulary.PersonaLevel.COMPLETE, null, now, now);
        return new ChatTurnSteps.Prepared(1, chat, persona, false, message, List.of(), 0, null);
    }

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final Steps steps = new Steps();
    private final Context context = new Context();
    private final AiEngine ai = mock(AiEngine.class);
    private ReplyGenerator generator = mock(ReplyGenerator.class);

    ChatTurnsTest() {
        when(ai.screen(any())).thenReturn(SafetyResult.CLEAR);
    }

    private ChatTurns turns(int slots, Duration wait) {
        ChatProperties props = ChatAdmissionTest.props(slots, wait);
        return new ChatTurns(steps, new ChatAdmission(props, registry), context, generator, ai, props);
    }

    private ChatTurns turns() {
        return turns(8, Duration.ofSeconds(30));
    }

    /** A stream whose client has hung up, or hangs up once {@code hungUp} is set: every write then fails. */
    private static SseTurnOutput client(AtomicBoolean hungUp) {
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
        return new SseTurnOutput(response, JsonMapper.builder().build());
    }

    private static SseTurnOutput goneClient() {
        return client(new AtomicBoolean(true));
    }

    @Test
    void aDeadlockedUndoIsRetriedUntilItCommits() {
        steps.failures = 1;
        steps.failure = new PessimisticLockingFailureException("deadlock detected");
        turns().send(1, 7, "안녕", null, goneClient());
        assertThat(steps.aborts).hasValue(2);
        assertThat(steps.undone).hasValue(1);
    }

    @Test
    void anUndoThatKeepsFailingIsGivenUpWithoutBreakingTheResponse() {
        steps.failures = Integer.MAX_VALUE;
        steps.failure = new PessimisticLockingFailureException("deadlock");
        assertThatCode(() -> turns().send(1, 7, "안녕", null, goneClient())).doesNotThrowAnyException();
        assertThat(steps.aborts).hasValue(3); // the first try and two retries
    }

    @Test
    void anUndoThatFailsForGoodIsNotRetried() {
        steps.failures = Integer.MAX_VALUE;
        steps.failure = new IllegalStateException("bug");
        assertThatCode(() -> turns().send(1, 7, "안녕", null, goneClient())).doesNotThrowAnyException();
        assertThat(steps.aborts).hasValue(1); // not a transient failure: not retried
    }

    @Test
    void aClientThatHangsUpAfterPartOfTheReplyKeepsTheTurnAndItsChargeWithWhatWasDelivered() {
        var hungUp = new AtomicBoolean();
        when(generator.generate(any(), anyLong(), anyBoolean(), any())).thenAnswer(inv -> {
            ReplyGenerator.Out out = inv.getArgument(3);
            out.chunk("오늘은 ");
            out.chunk("조금 ");
            hungUp.set(true); // the tab closes just before the rest (and done)
            out.chunk("피곤했어.");
            return "오늘은 조금 피곤했어.";
        });
        turns().send(1, 7, "안녕", null, client(hungUp));
        assertThat(steps.aborts).as("no undo, so no refund").hasValue(0);
        assertThat(steps.completed).containsExactly("오늘은 조금 ");
    }

    @Test
    void aClientThatHangsUpBeforeAnyOfTheReplyIsRefunded() {
        var hungUp = new AtomicBoolean();
        when(generator.generate(any(), anyLong(), anyBoolean(), any())).thenAnswer(inv -> {
            hungUp.set(true); // gone while the reply was being made: nothing of it was delivered
            ReplyGenerator.Out out = inv.getArgument(3);
            out.chunk("오늘은 ");
            return "오늘은";
        });
        turns().send(1, 7, "안녕", null, client(hungUp));
        assertThat(steps.undone).as("undone and refunded").hasValue(1);
        assertThat(steps.completed).isEmpty();
    }

    @Test
    void aJsonReplyIsStoredAndAFailedOneIsUndoneAndA503() {
        when(generator.generate(any(), anyLong(), anyBoolean(), any())).thenReturn("반가워!");
        ReplyCollector ok = new ReplyCollector();
        turns().send(1, 7, "안녕", null, ok);
        assertThat(ok.reply().content()).isEqualTo("반가워!");
        assertThat(steps.completed).containsExactly("반가워!");

        when(generator.generate(any(), anyLong(), anyBoolean(), any())).thenThrow(new IllegalStateException("upstream"));
        assertThatThrownBy(() -> turns().send(1, 7, "안녕", null, new ReplyCollector()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.slug()).isEqualTo("ai-unavailable"));
        assertThat(steps.undone).hasValue(1);
        assertThat(steps.completed).hasSize(1);
    }

    @Test
    void aReplayedKeySendsTheStoredMessagesAndStoresNothing() {
        var now = OffsetDateTime.now();
        steps.replay = new ChatIdempotency.Stored(new ChatDtos.Message(1, 7, "user", "안녕", now),
                new ChatDtos.Message(2, 7, "persona", "또 왔네!", now));
        ReplyCollector out = new ReplyCollector();
        turns().send(1, 7, "안녕", "k-1", out);
        assertThat(out.reply().content()).isEqualTo("또 왔네!");
        assertThat(steps.completed).isEmpty();
        assertThat(steps.aborts).hasValue(0);
    }

    @Test
    void whileTheMessageIsEmbeddedTheSlotIsFreeForOthers() throws Exception {
        CountDownLatch embedding = new CountDownLatch(1);
        CountDownLatch providerAnswers = new CountDownLatch(1);
        when(ai.embeddingsEnabled()).thenReturn(true);
        when(ai.embed(anyString())).thenAnswer(inv -> {
            if (inv.getArgument(0).equals("a")) {
                embedding.countDown();
                providerAnswers.await(10, TimeUnit.SECONDS);
            }
            return Optional.of(new float[] {1f});
        });
        when(generator.generate(any(), anyLong(), anyBoolean(), any())).thenReturn("답");
        ChatTurns turns = turns(1, Duration.ofMillis(200));
        ReplyCollector slowOut = new ReplyCollector();
        CompletableFuture<Void> slow;
        try (var threads = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            slow = CompletableFuture.runAsync(() -> turns.send(1, 7, "a", null, slowOut), threads);
            assertThat(embedding.await(5, TimeUnit.SECONDS)).isTrue();

            // the only slot is free while the provider thinks: another user's send gets through instead of a 503
            ReplyCollector other = new ReplyCollector();
            turns.send(2, 8, "b", null, other);
            assertThat(other.reply().chatId()).isEqualTo(8);

            providerAnswers.countDown();
            slow.get(5, TimeUnit.SECONDS);
        }
        assertThat(slowOut.reply().chatId()).isEqualTo(7);
    }

    @Test
    void aStartWhoseContextFailsIsUndoneAndReportedAsUnavailable() {
        context.fail = true;
        assertThatThrownBy(() -> turns(2, Duration.ofSeconds(1)).send(1, 9, "c", null, new ReplyCollector()))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE));
        assertThat(steps.undone).hasValue(1);
        assertThat(registry.get("dearme.chat.turn.slots.available").gauge().value()).isEqualTo(2);
    }

    @Test
    void aTurnMovesOnlyForward() {
        ChatTurns.Turn turn = new ChatTurns.Turn(prepared(7, "안녕"));
        assertThat(turn.state()).isEqualTo(ChatTurns.State.PREPARED);
        assertThatThrownBy(() -> turn.move(ChatTurns.State.STREAMING, ChatTurns.State.COMPLETED))
                .isInstanceOf(IllegalStateException.class);
        turn.move(ChatTurns.State.PREPARED, ChatTurns.State.STREAMING);
        turn.move(ChatTurns.State.STREAMING, ChatTurns.State.COMPLETED);
        // a stored turn can no longer be undone
        assertThatThrownBy(() -> turn.move(ChatTurns.State.STREAMING, ChatTurns.State.ABORTED))
                .isInstanceOf(IllegalStateException.class);
        assertThat(turn.state()).isEqualTo(ChatTurns.State.COMPLETED);
    }
}
