package app.dearme.user;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import app.dearme.platform.cache.CacheConfig;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.support.NoOpCache;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The one "today" and "now" of a user (SPEC §1), for every module. Lives in the user module because it owns the
 * user's time zone. The {@link Clock} is injectable (a {@code Clock} bean, e.g. a fixed one in tests), else the
 * system UTC clock. Zone fallback, one rule: an unknown user or an unreadable stored zone counts as
 * {@link #DEFAULT_ZONE} (Asia/Seoul, the column default), never the JVM's default zone.
 */
@Component
public class UserClock {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Seoul");

    private final UserAccounts accounts;
    private final Clock clock;
    /** userId → zone id. Every "today" of a request needs it (home screen: four calls); it changes only by PATCH /me. */
    private final Cache zones;

    @Autowired
    UserClock(UserAccounts accounts, ObjectProvider<Clock> clock, CacheManager caches) {
        this(accounts, clock.getIfAvailable(Clock::systemUTC), caches.getCache(CacheConfig.USER_ZONE));
    }

    /** For tests and callers that already hold a clock. */
    public UserClock(UserAccounts accounts, Clock clock) {
        this(accounts, clock, new NoOpCache(CacheConfig.USER_ZONE));
    }

    private UserClock(UserAccounts accounts, Clock clock, Cache zones) {
        this.accounts = accounts;
        this.clock = clock;
        this.zones = zones;
    }

    public ZoneId zone(long userId) {
        String id = zones.get(userId, () -> accounts.byId(userId).map(UserAccount::zone).orElse(DEFAULT_ZONE).getId());
        return ZoneId.of(id);
    }

    /** The user changed their zone (in the writer's transaction; the cache evicts again on commit, everywhere). */
    void zoneChanged(long userId) {
        zones.evict(userId);
    }

    public LocalDate today(long userId) {
        return today(zone(userId));
    }

    /** Today of an account already read (saves a query). */
    public LocalDate today(UserAccount account) {
        return today(account.zone());
    }

    public LocalDate today(ZoneId zone) {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    public Instant now() {
        return clock.instant();
    }

    public Clock clock() {
        return clock;
    }
}
