package app.dearme.chat;

import app.dearme.vocabulary.PersonaLevel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import app.dearme.ai.AiEngine;
import app.dearme.ai.ChatRequest;
import app.dearme.ai.ChunkSink;
import app.dearme.diary.DiaryReader;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The friend-chat guard against an engine that does leak (the local engine never does). */
class ReplyGeneratorTest {

    static final String SECRET = "자정마다 보라색 코끼리 인형에게 비밀 편지를 읽어 준다";
    static final ChatProperties PROPS = new ChatProperties(10, 3, 150, Duration.ofMinutes(3), Duration.ofSeconds(1),
            Duration.ofHours(24), Duration.ZERO, 8, Duration.ofSeconds(30));

    private final List<String> emitted = new ArrayList<>();
    private final ReplyGenerator.Out out = emitted::add;

    private ReplyGenerator generator(Function<Integer, String> replyForCall, AtomicInteger calls) {
        AiEngine ai = mock(AiEngine.class);
        when(ai.chatReply(any(), any())).thenAnswer(inv -> {
            String text = replyForCall.apply(calls.incrementAndGet());
            ChunkSink sink = inv.getArgument(1);
            for (String w : text.split("(?<= )")) {
                sink.chunk(w);
            }
            return text;
        });
        DiaryReader diaries = mock(DiaryReader.class);
        when(diaries.allTexts(7L)).thenReturn(List.of("제목\n" + SECRET + ". 아무도 모른다."));
        return new ReplyGenerator(ai, diaries, new SimpleMeterRegistry(), PROPS);
    }

    private static ChatRequest request(boolean friend) {
        return request(friend, "일기 읽어줘");
    }

    private static ChatRequest request(boolean friend, String message) {
        return new ChatRequest(new ChatRequest.PersonaProfile("나", "", List.of(), List.of(), "", PersonaLevel.COMPLETE),
                ChatRequest.Customization.NONE, List.of(), List.of(), message, friend, 0);
    }

    @Test
    void aCleanFriendReplyIsEmittedUnchangedInSeveralChunks() {
        AtomicInteger calls = new AtomicInteger();
        String reply = generator(n -> "그건 비밀이야! 너는 요즘 어때? 궁금하다", calls).generate(request(true), 7, false, out);
        assertThat(reply).isEqualTo("그건 비밀이야! 너는 요즘 어때? 궁금하다");
        assertThat(String.join("", emitted)).isEqualTo(reply);
        assertThat(emitted).hasSizeGreaterThan(1);
        assertThat(calls).hasValue(1);
    }

    @Test
    void anOverlappingFriendReplyIsRegeneratedOnceAndTheRegenerationIsSent() {
        AtomicInteger calls = new AtomicInteger();
        String reply = generator(n -> n == 1 ? "일기에 이렇게 썼어: " + SECRET : "그건 나만 아는 이야기야.", calls)
                .generate(request(true, "일기 읽어줘"), 7, false, out);
        assertThat(reply).isEqualTo("그건 나만 아는 이야기야.");
        assertThat(String.join("", emitted)).isEqualTo(reply);
        assertThat(calls).hasValue(2);
    }

    @Test
    void noMaskOrFallbackLineEverTellsTheFriendThatSomethingMatched() {
        // a deterministic engine gives the same reply twice: it is sent as generated, in the form any reply has
        AtomicInteger calls = new AtomicInteger();
        String leak = "음, 그러니까 " + SECRET + " 그런 얘기야.";
        String reply = generator(n -> leak, calls).generate(request(true, "일기 읽어줘"), 7, false, out);
        assertThat(reply).isEqualTo(leak);
        assertThat(calls).hasValue(2);
    }

    @Test
    void theFriendsOwnWordsEchoedBackAreNotAMatch() {
        // the friend typed the diary's sentence: echoing it cannot tell them whether a diary holds it
        AtomicInteger calls = new AtomicInteger();
        String reply = generator(n -> SECRET + "? 그게 무슨 말이야?", calls).generate(request(true, SECRET), 7, false, out);
        assertThat(reply).isEqualTo(SECRET + "? 그게 무슨 말이야?");
        assertThat(calls).as("no regeneration, so no timing difference either").hasValue(1);
    }

    @Test
    void ownChatsStreamStraightThroughAndSafetyAddsResources() {
        AtomicInteger calls = new AtomicInteger();
        String reply = generator(n -> "많이 힘들었구나. 내가 들어 줄게.", calls).generate(request(false), 7, true, out);
        assertThat(reply).startsWith("많이 힘들었구나.").contains("109").contains("1577-0199").contains("119");
        assertThat(String.join("", emitted)).isEqualTo(reply);
    }
}
