package app.dearme.diary;

import java.time.LocalDate;
import java.util.function.Supplier;
import org.springframework.cache.Cache;

/**
 * A per-user value derived from the diaries and valid for one day of the user's calendar (stats, this month's
 * calendar, this week's insight). Every diary write evicts it ({@link DiaryReadCaches}); a value of another day is
 * recomputed, so streaks and weeks never go stale across midnight.
 */
final class DayCache {

    /** A cached value with the day it was computed for (a record, so the Redis level can store it). */
    interface Dated {
        LocalDate day();
    }

    private final Cache cache;

    DayCache(Cache cache) {
        this.cache = cache;
    }

    <T extends Dated> T get(long userId, LocalDate today, Supplier<T> load) {
        T hit = cache.get(userId, load::get);
        if (hit != null && hit.day().equals(today)) {
            return hit;
        }
        T fresh = load.get(); // a new day: once per user and day, so the put's race with a write is left to the TTL
        cache.put(userId, fresh);
        return fresh;
    }

    void evict(long userId) {
        cache.evict(userId);
    }
}
