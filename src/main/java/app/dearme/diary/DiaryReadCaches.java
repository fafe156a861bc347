package app.dearme.diary;

import app.dearme.platform.cache.CacheConfig;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The owner's reads cached per user (issue 15): the list's first page, stats, this month's calendar, this week's
 * insight. One rule keeps them fresh: every diary write publishes {@link DiaryChanged} inside its transaction, and
 * this listener evicts all of them there (so the same request's next read sees the change), again on commit and on
 * every instance ({@code ClusterCacheManager}, which also refuses a load that raced the eviction).
 */
@Component
class DiaryReadCaches {

    final Cache firstPage;
    final DayCache stats;
    final DayCache months;
    final DayCache weeks;

    DiaryReadCaches(CacheManager caches) {
        this.firstPage = caches.getCache(CacheConfig.DIARY_FIRST_PAGE);
        this.stats = new DayCache(caches.getCache(CacheConfig.DIARY_STATS));
        this.months = new DayCache(caches.getCache(CacheConfig.DIARY_CALENDAR));
        this.weeks = new DayCache(caches.getCache(CacheConfig.DIARY_WEEKLY));
    }

    @EventListener
    void onChange(DiaryChanged e) {
        firstPage.evict(e.userId());
        stats.evict(e.userId());
        months.evict(e.userId());
        weeks.evict(e.userId());
    }
}
