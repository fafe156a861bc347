package app.dearme.diary;

import org.springframework.transaction.annotation.Transactional;
import app.dearme.user.UserClock;
import java.io.Serializable;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/**
 * Stats (SPEC §5), cached per user ({@link DiaryReadCaches}). The entry remembers the "today" it was computed for,
 * so streaks never go stale across midnight; every diary write evicts it.
 */
@Service
class DiaryStatsService {

    private final DiaryStore store;
    private final UserClock clock;
    private final DayCache cache;

    DiaryStatsService(DiaryStore store, UserClock clock, DiaryReadCaches caches) {
        this.store = store;
        this.clock = clock;
        this.cache = caches.stats;
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
}
