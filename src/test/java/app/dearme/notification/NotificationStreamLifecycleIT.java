package app.dearme.notification;

import static org.assertj.core.api.Assertions.assertThat;

import app.dearme.support.IntegrationTest;
import app.dearme.support.TestUsers;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Issue 14: a notification stream ends with its login session, and one user holds a bounded number of them. */
class NotificationStreamLifecycleIT extends IntegrationTest {

    /** Far below the 30-minute stream timeout; the session check runs every 2 s. */
    private static final Duration PROMPTLY = Duration.ofSeconds(10);

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Autowired
    NotificationStreams streams;

    @Test
    void logoutEndsTheStreamOfThatSessionPromptly() throws Exception {
        TestUsers.User u = users.aUser();
        try (Stream s = Stream.open(api.base(), u.accessToken())) {
            api.post("/api/v1/auth/logout", Map.of()).auth(u).expect(204);
            assertThat(s.endedWithin(PROMPTLY)).as("stream ended after logout").isTrue();
        }
        assertThat(streams.openCount(u.id())).isZero();
    }

    @Test
    void revokingASessionEndsOnlyThatSessionsStream() throws Exception {
        TestUsers.User u = users.aUser();
        JsonNode other = api.post("/api/v1/auth/login", Map.of("email", u.email(), "password", u.password()))
                .expect(200).json();
        String otherAccess = other.get("access_token").asString();
        try (Stream mine = Stream.open(api.base(), u.accessToken());
             Stream theirs = Stream.open(api.base(), otherAccess)) {
            long otherSession = 0;
            for (JsonNode s : api.get("/api/v1/auth/sessions").auth(u).expect(200).json().get("items")) {
                if (!s.get("current").asBoolean()) {
                    otherSession = s.get("id").asLong();
                }
            }
            api.delete("/api/v1/auth/sessions/" + otherSession).auth(u).expect(204);

            assertThat(theirs.endedWithin(PROMPTLY)).as("revoked session's stream ended").isTrue();
            assertThat(mine.endedWithin(Duration.ofSeconds(3))).as("own session's stream stays open").isFalse();
            assertThat(streams.openCount(u.id())).isEqualTo(1);
        }
    }

    @Test
    void aPasswordChangeEndsTheStreamsOfTheOtherSessions() throws Exception {
        TestUsers.User u = users.aUser();
        String otherAccess = api.post("/api/v1/auth/login", Map.of("email", u.email(), "password", u.password()))
                .expect(200).json().get("access_token").asString();
        try (Stream theirs = Stream.open(api.base(), otherAccess)) {
            api.post("/api/v1/auth/change-password", Map.of("current_password", u.password(),
                    "new_password", "changed-pass-9")).auth(u).expect(204);
            assertThat(theirs.endedWithin(PROMPTLY)).isTrue();
        }
    }

    @Test
    void aSixthStreamClosesTheOldestAndTheUserKeepsFive() throws Exception {
        TestUsers.User u = users.aUser();
        List<Stream> open = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                open.add(Stream.open(api.base(), u.accessToken()));
            }
            assertThat(streams.openCount(u.id())).isEqualTo(5);
            Stream newest = Stream.open(api.base(), u.accessToken());
            open.add(newest);

            assertThat(open.get(0).endedWithin(PROMPTLY)).as("the oldest stream is closed").isTrue();
            assertThat(streams.openCount(u.id())).isEqualTo(5);
            for (Stream s : open.subList(1, 6)) {
                assertThat(s.endedWithin(Duration.ofMillis(300))).as("newer streams stay open").isFalse();
            }
            // another user's streams are not affected by this user's cap
            TestUsers.User other = users.aUser();
            try (Stream theirs = Stream.open(api.base(), other.accessToken())) {
                assertThat(streams.openCount(other.id())).isEqualTo(1);
                assertThat(streams.openCount(u.id())).isEqualTo(5);
            }
        } finally {
            open.forEach(Stream::close);
        }
    }

    /** A raw SSE connection: knows when its first event arrived and when the server ended the response. */
    static final class Stream implements AutoCloseable {
        private final InputStream body;
        private final CountDownLatch firstEvent = new CountDownLatch(1);
        private final CompletableFuture<Void> ended = new CompletableFuture<>();

        private Stream(InputStream body) {
            this.body = body;
            Thread.ofVirtual().start(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = r.readLine()) != null) {
                        if (line.startsWith("data:")) {
                            firstEvent.countDown();
                        }
                    }
                } catch (java.io.IOException ignored) {
                    // closed by the test
                }
                ended.complete(null);
            });
        }

        static Stream open(String base, String token) throws Exception {
            HttpResponse<InputStream> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/notifications/stream"))
                    .header("Accept", "text/event-stream").header("Authorization", "Bearer " + token).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            assertThat(r.statusCode()).isEqualTo(200);
            Stream s = new Stream(r.body());
            assertThat(s.firstEvent.await(10, TimeUnit.SECONDS)).as("initial unread_count event").isTrue();
            return s;
        }

        boolean endedWithin(Duration d) {
            try {
                ended.get(d.toMillis(), TimeUnit.MILLISECONDS);
                return true;
            } catch (java.util.concurrent.TimeoutException e) {
                return false;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() {
            try {
                body.close();
            } catch (java.io.IOException ignored) {
                // already closed
            }
        }
    }
}
