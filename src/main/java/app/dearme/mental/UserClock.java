package app.dearme.mental;

import app.dearme.user.UserAccounts;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** "Today" and "now" in a user's own time zone (SPEC §1). */
@Component
class UserClock {

    static final ZoneId DEFAULT = ZoneId.of("Asia/Seoul");

    private final UserAccounts accounts;
    private final Clock clock;

    UserClock(UserAccounts accounts, ObjectProvider<Clock> clock) {
        this.accounts = accounts;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    ZoneId zone(long userId) {
        return accounts.byId(userId).map(a -> {
            try {
                return a.zone();
            } catch (DateTimeException e) {
                return DEFAULT;
            }
        }).orElse(DEFAULT);
    }

    LocalDate today(long userId) {
        return LocalDate.ofInstant(clock.instant(), zone(userId));
    }

    Instant now() {
        return clock.instant();
    }
}
