package app.dearme.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The NOTIFY payload: a round trip keeps the notification, and an oversized one degrades to a count update. */
class LiveUpdateCodecTest {

    private final LiveUpdateCodec codec = new LiveUpdateCodec(JsonMapper.builder().findAndAddModules().build());

    private static NotificationView notification(String content) {
        return new NotificationView(41, "friend_request", "친구 요청", content, false, "friendship", 7L,
                OffsetDateTime.of(2026, 11, 26, 9, 30, 0, 0, ZoneOffset.ofHours(9)));
    }

    @Test
    void aNotificationSurvivesTheTrip() {
        LiveUpdate sent = new LiveUpdate(12, notification("하루님이 친구 요청을 보냈어요."));
        LiveUpdate received = codec.decode(codec.encode(sent));
        assertThat(received.userId()).isEqualTo(12);
        assertThat(received.notification().id()).isEqualTo(41);
        assertThat(received.notification().content()).isEqualTo("하루님이 친구 요청을 보냈어요.");
        assertThat(received.notification().createdAt().toInstant()).isEqualTo(sent.notification().createdAt().toInstant());
        assertThat(codec.decode(codec.encode(new LiveUpdate(12, null))).notification()).isNull();
    }

    @Test
    void aPayloadPostgresWouldRefuseBecomesAnUnreadCountUpdate() {
        String payload = codec.encode(new LiveUpdate(12, notification("가".repeat(3_000))));
        assertThat(payload.getBytes(StandardCharsets.UTF_8).length).isLessThan(8_000);
        LiveUpdate received = codec.decode(payload);
        assertThat(received.userId()).isEqualTo(12);
        assertThat(received.notification()).isNull();
    }
}
