package app.dearme.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** "Today" of a user, with a fixed clock (no sleeps, no dependence on the machine's zone or date). */
class UserClockTest {

    // Los Angeles is on PDT (UTC-7) from 2026-03-08: its midnight of the 10th is 07:00 UTC.
    private static final Instant BEFORE_LA_MIDNIGHT = Instant.parse("2026-03-10T06:59:59Z"); // 23:59:59 PDT, 9th
    private static final Instant AFTER_LA_MIDNIGHT = Instant.parse("2026-03-10T07:00:00Z"); // 00:00:00 PDT, 10th

    private static UserAccount user(String timezone) {
        return new UserAccount(1, "a@b.c", "u", "x", true, "user", timezone, "ko", null, null, false, null, true, 0,
                null, null);
    }

    private static UserClock at(Instant instant) {
        return new UserClock(null, Clock.fixed(instant, ZoneOffset.UTC));
    }

    @Test
    void aUserOutsideSeoulChangesDayAtTheirOwnMidnight() {
        UserAccount la = user("America/Los_Angeles");
        assertThat(at(BEFORE_LA_MIDNIGHT).today(la)).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(at(AFTER_LA_MIDNIGHT).today(la)).isEqualTo(LocalDate.of(2026, 3, 10));
        // the same instants are the afternoon of the 10th in Seoul: the user's zone decides, not a default
        assertThat(at(BEFORE_LA_MIDNIGHT).today(user("Asia/Seoul"))).isEqualTo(LocalDate.of(2026, 3, 10));
    }

    @Test
    void seoulChangesDayAtFifteenUtc() {
        UserAccount seoul = user("Asia/Seoul");
        assertThat(at(Instant.parse("2026-03-09T14:59:59Z")).today(seoul)).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(at(Instant.parse("2026-03-09T15:00:00Z")).today(seoul)).isEqualTo(LocalDate.of(2026, 3, 10));
    }

    @Test
    void anUnreadableOrMissingZoneFallsBackToSeoulNotTheServerZone() {
        assertThat(user("Not/AZone").zone()).isEqualTo(UserClock.DEFAULT_ZONE);
        assertThat(user(null).zone()).isEqualTo(UserClock.DEFAULT_ZONE);
        assertThat(user(" ").zone()).isEqualTo(UserClock.DEFAULT_ZONE);
        assertThat(at(Instant.parse("2026-03-09T15:00:00Z")).today(user("Not/AZone")))
                .isEqualTo(LocalDate.of(2026, 3, 10));
    }

    @Test
    void nowIsTheInjectedClock() {
        assertThat(at(AFTER_LA_MIDNIGHT).now()).isEqualTo(AFTER_LA_MIDNIGHT);
    }
}
