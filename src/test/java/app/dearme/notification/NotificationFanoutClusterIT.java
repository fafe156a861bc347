package app.dearme.notification;

import static org.assertj.core.api.Assertions.assertThat;

import app.dearme.persona.SseClient;
import app.dearme.support.TwoInstanceTest;
import app.dearme.support.TestApi;
import app.dearme.support.TestUsers;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * SPEC §10: live notifications reach the user's stream "from any app instance to the instance holding the
 * connection". A second application instance runs on the same database; the stream is open on it while the
 * notification is created through the first one (the test's own instance).
 */
class NotificationFanoutClusterIT extends TwoInstanceTest {

    @Test
    void aNotificationCreatedOnOneInstanceArrivesOnAStreamHeldByAnother() {
        TestUsers.User sender = users.aUser();
        TestUsers.User receiver = users.aUser();
        // the receiver's session lives in the shared database; each instance signs its own access tokens
        TestApi other = second.api();
        String tokenOnSecond = second.login(receiver);

        try (SseClient stream = SseClient.get(other.base(), "/api/v1/notifications/stream", tokenOnSecond)) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.awaitType("unread_count").get("count").asInt()).isZero();

            api.post("/api/v1/friends/request", Map.of("addressee_id", receiver.id())).auth(sender).expect(201);

            JsonNode live = stream.await(e -> "notification".equals(e.path("type").asString()), Duration.ofSeconds(10));
            assertThat(live.get("notification").get("type").asString()).isEqualTo("friend_request");
            assertThat(stream.await(e -> "unread_count".equals(e.path("type").asString())
                    && e.get("count").asInt() == 1, Duration.ofSeconds(10))).isNotNull();

            // and back: marking it read on the first instance updates the badge held by the second
            api.post("/api/v1/notifications/mark-all-read", null).auth(receiver).expect(200);
            assertThat(stream.await(e -> "unread_count".equals(e.path("type").asString())
                    && e.get("count").asInt() == 0, Duration.ofSeconds(10))).isNotNull();
        }
    }

    @Test
    void revokingASessionOnOneInstanceEndsItsStreamHeldByAnother() throws Exception {
        TestUsers.User u = users.aUser();
        String tokenOnSecond = second.login(u);
        try (NotificationStreamLifecycleIT.Stream stream =
                     NotificationStreamLifecycleIT.Stream.open(second.api().base(), tokenOnSecond)) {
            long secondSession = 0;
            for (JsonNode s : api.get("/api/v1/auth/sessions").auth(u).expect(200).json().get("items")) {
                if (!s.get("current").asBoolean()) {
                    secondSession = s.get("id").asLong();
                }
            }
            assertThat(stream.endedWithin(Duration.ofSeconds(3))).as("open before the revocation").isFalse();
            api.delete("/api/v1/auth/sessions/" + secondSession).auth(u).expect(204);
            assertThat(stream.endedWithin(Duration.ofSeconds(10))).as("ended on the other instance").isTrue();
        }
    }
}
