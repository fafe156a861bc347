package app.dearme.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HttpTrafficTest {

    @Test
    void onlyTheSseStreamsAreLeftOutOfLatency() {
        assertThat(HttpTraffic.isStream("/api/v1/notifications/stream")).isTrue();
        assertThat(HttpTraffic.isStream("/api/v1/chats/{id}/messages/stream")).isTrue();
        assertThat(HttpTraffic.isStream("/api/v1/chats/{id}/messages")).isFalse();
        assertThat(HttpTraffic.isStream("/api/v1/notifications")).isFalse();
        assertThat(HttpTraffic.isStream("/api/v1/diaries")).isFalse();
        assertThat(HttpTraffic.isStream(null)).isFalse();
    }
}
