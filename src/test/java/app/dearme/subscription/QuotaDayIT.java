package app.dearme.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dearme.platform.error.ApiException;
import app.dearme.support.IntegrationTest;
import app.dearme.support.TestUsers.User;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 14: the daily chat counter stays the day it was opened, whatever the user's time zone does later. */
class QuotaDayIT extends IntegrationTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Autowired
    UsageLimits limits;

    /** A zone whose date differs from Seoul's right now (these two are 25 hours apart, so one always does). */
    private static ZoneId otherDateZone() {
        return Stream.of(ZoneId.of("Pacific/Pago_Pago"), ZoneId.of("Pacific/Kiritimati"))
                .filter(z -> !LocalDate.now(z).equals(LocalDate.now(SEOUL))).findFirst().orElseThrow();
    }

    private int free(User u) {
        return api.get("/api/v1/subscriptions/usage").auth(u).expect(200).json().get("daily_chat_messages")
                .get("limit").asInt();
    }

    @Test
    void changingTheTimeZoneDoesNotOpenAFreshDailyCounter() {
        User u = users.aUser();
        int limit = free(u);
        for (int i = 0; i < limit; i++) {
            limits.consumeChatMessage(u.id());
        }
        Instant seoulMidnight = LocalDate.now(SEOUL).plusDays(1).atStartOfDay(SEOUL).toInstant();
        ZoneId other = otherDateZone();
        api.patch("/api/v1/users/me", Map.of("timezone", other.getId())).auth(u).expect(200);

        assertThatThrownBy(() -> limits.consumeChatMessage(u.id())).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status().value()).isEqualTo(429);
            // the wait runs to the end of the day that was opened (Seoul's midnight), not the new zone's
            long expected = Duration.between(Instant.now(), seoulMidnight).toSeconds();
            assertThat(e.retryAfter().toSeconds()).isBetween(expected - 5, expected + 5);
        });
        var usage = api.get("/api/v1/subscriptions/usage").auth(u).expect(200).json().get("daily_chat_messages");
        assertThat(usage.get("used").asInt()).isEqualTo(limit);
        assertThat(usage.get("remaining").asInt()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from usage_counters where user_id = ?", Long.class, u.id()))
                .isEqualTo(1);
    }

    @Test
    void whenTheOpenedDayEndsTheNextDayStartsInTheCurrentZoneWithANewDate() {
        User u = users.aUser();
        limits.consumeChatMessage(u.id());
        LocalDate opened = jdbc.queryForObject("select usage_date from usage_counters where user_id = ?",
                LocalDate.class, u.id());
        assertThat(opened).isEqualTo(LocalDate.now(SEOUL));
        jdbc.update("update users set timezone = ? where id = ?", otherDateZone().getId(), u.id());
        // the opened day is over
        jdbc.update("update usage_counters set resets_at = now() - interval '1 second' where user_id = ?", u.id());

        limits.consumeChatMessage(u.id());
        assertThat(limits.chatMessagesToday(u.id())).isEqualTo(1);
        LocalDate next = jdbc.queryForObject("select max(usage_date) from usage_counters where user_id = ?",
                LocalDate.class, u.id());
        assertThat(next).isAfter(opened); // never the date of an earlier counter, even moving west
        // and a refund goes to the open day
        limits.refundChatMessage(u.id());
        assertThat(limits.chatMessagesToday(u.id())).isZero();
        assertThat(jdbc.queryForObject("select used from usage_counters where user_id = ? and usage_date = ?",
                Integer.class, u.id(), opened)).isEqualTo(1);
    }
}
