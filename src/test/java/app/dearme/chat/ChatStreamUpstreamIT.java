package app.dearme.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.dearme.persona.PersonaFixtures;
import app.dearme.support.CountingServerSocketFactory;
import app.dearme.support.IntegrationTest;
import app.dearme.support.SecondInstance;
import app.dearme.support.TestUsers;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A streaming chat through the real HTTP API on an instance whose AI engine is the OpenAI-compatible one, against
 * a real HTTP peer (MockWebServer) that streams slowly. When the browser hangs up mid-stream, the upstream call is
 * cancelled (the peer sees its writes fail long before its reply is through). The browser had already been sent
 * part of the reply, so the turn is kept with that part and stays counted (issue 14: only a turn that delivered
 * nothing is refunded; ChatTurnsTest covers that side).
 */
class ChatStreamUpstreamIT extends IntegrationTest {

    private static final String QUESTION = "오늘 하루 어땠는지 천천히 얘기해 줄래?";

    private final CountingServerSocketFactory sockets = new CountingServerSocketFactory();
    private MockWebServer upstream;
    private SecondInstance instance;
    private int replyBytes;

    @BeforeEach
    void start() throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            body.append("data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"조각").append(i)
                    .append(" \"},\"finish_reason\":null}]}\n\n");
        }
        body.append("data: [DONE]\n\n");
        String reply = body.toString();
        replyBytes = reply.getBytes(StandardCharsets.UTF_8).length;
        upstream = new MockWebServer();
        upstream.setServerSocketFactory(sockets);
        upstream.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                if (request.getBody().readUtf8().contains(QUESTION)) {
                    // about 20 s in all: far longer than the test waits for the cancel to arrive
                    return new MockResponse().setHeader("Content-Type", "text/event-stream").setBody(reply)
                            .throttleBody(256, 50, java.util.concurrent.TimeUnit.MILLISECONDS);
                }
                return new MockResponse().setResponseCode(503); // anything else falls back to the local engine
            }
        });
        upstream.start();
        instance = SecondInstance.start("--dearme.ai.provider=openai", "--dearme.ai.api-key=sk-test",
                "--dearme.ai.base-url=" + upstream.url("/"));
    }

    @AfterEach
    void stop() throws Exception {
        instance.close();
        upstream.shutdown();
    }

    @Test
    void aBrowserThatHangsUpMidStreamCancelsTheUpstreamCallAndKeepsTheDeliveredPartCounted() throws Exception {
        TestUsers.User u = users.aUser();
        long persona = new PersonaFixtures(api, jdbc).quizPersona(u).get("id").asLong();
        long chat = api.post("/api/v1/chats", Map.of("persona_id", persona)).auth(u).expect(201).json().get("id").asLong();
        String token = instance.login(u);

        String seen;
        try (Socket socket = RawStreamSend.open(instance.port(), chat, token, "{\"content\":\"" + QUESTION + "\"}")) {
            socket.setSoTimeout(10_000);
            seen = readUntil(socket.getInputStream(), "조각2");
        } // the browser tab is closed here

        assertThat(seen).startsWith("HTTP/1.1 200").contains("\"type\":\"user_message\"", "\"type\":\"chunk\"");
        // the upstream call is cancelled: the peer's writes fail while most of its reply is still unsent
        await().atMost(Duration.ofSeconds(10)).untilTrue(sockets.writeFailed);
        assertThat(sockets.written.get()).isLessThan(replyBytes / 2);
        // the turn is kept with what was delivered (the greeting, the question and the partial reply) ...
        await().atMost(Duration.ofSeconds(5)).until(() -> jdbc.queryForObject(
                "select count(*) from chat_messages where chat_id = ? and role = 'persona' and content like '조각0 %'",
                Long.class, chat) == 1);
        String partial = jdbc.queryForObject("select content from chat_messages where chat_id = ? and role = 'persona' "
                + "and content like '조각0 %'", String.class, chat);
        assertThat(partial).contains("조각2").doesNotContain("조각399");
        // ... and the message stays counted
        assertThat(api.get("/api/v1/subscriptions/usage").auth(u).expect(200).json().get("daily_chat_messages")
                .get("used").asInt()).isEqualTo(1);
        // the server keeps serving this user
        instance.api().get("/api/v1/chats/" + chat).auth(token).expect(200);
    }

    private static String readUntil(InputStream in, String marker) throws Exception {
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        byte[] buf = new byte[1024];
        while (!got.toString(StandardCharsets.UTF_8).contains(marker)) {
            int n = in.read(buf);
            if (n < 0) {
                break;
            }
            got.write(buf, 0, n);
        }
        return got.toString(StandardCharsets.UTF_8);
    }
}
