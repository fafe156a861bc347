package app.dearme.diary;

import org.springframework.transaction.annotation.Transactional;
import app.dearme.platform.cache.CacheConfig;
import app.dearme.user.UserClock;
import java.io.Serializable;
import java.time.LocalDate;
import org.springframework.cache.CacheManager;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Stats (SPEC §5), cached per user in {@link CacheConfig#DIARY_STATS}. The entry remembers the "today" it
 * was computed for, so streaks never go stale across midnight; every diary write evicts it (in its
 * transaction, again on commit and on every instance).
 */
@Service
class DiaryStatsService {

    private final DiaryStore store;
    private final UserClock clock;
    private final DayCache cache;

    DiaryStatsService(DiaryStore store, UserClock clock, CacheManager caches) {
        this.store = store;
        this.clock = clock;
        this.cache = new DayCache(caches.getCache(CacheConfig.DIARY_STATS));
    }

    record Cached(LocalDate day, DiaryDtos.Stats stats) implements Serializable, DayCache.Dated {
    }

    @Transactional(readOnly = true) // one snapshot; with a replica configured, served by it
    DiaryDtos.Stats stats(long userId) {
        return stats(userId, clock.today(userId));
    }

    DiaryDtos.Stats stats(long userId, LocalDate today) {
        return cache.get(userId, today, () -> new Cached(today, StatsMath.compute(store.days(userId), today))).stats();
    }

    /**
     * Inside the diary's transaction on purpose (same module, a cache eviction, issue 17): the next read in the
     * same request must not see stale stats, and the cache manager evicts again on commit, on every instance.
     */
    @EventListener
    void onChange(DiaryChanged e) {
        cache.evict(e.userId());
    }
}
