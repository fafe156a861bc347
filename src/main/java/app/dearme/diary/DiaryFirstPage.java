package app.dearme.diary;

import app.dearme.platform.cache.CacheConfig;
import app.dearme.platform.cache.Weighed;
import java.io.Serializable;
import java.util.List;
import java.util.function.IntFunction;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The owner's first page of the unfiltered list, cached per user (issue 15: the list is the hottest read, and its
 * query is a small part of its cost). The entry holds the newest {@value #ROWS} rows (the API's default page size) and
 * serves any page size up to that by cutting it (the web app asks for 10); a larger page is read through without
 * caching, so the entry is only ever loaded, never replaced by a put. Every diary write evicts the entry in
 * its transaction, again on commit and on every instance ({@code ClusterCacheManager}); the load runs inside the
 * cache's own compute, so an eviction racing a load waits for it and removes what it loaded.
 */
@Component
class DiaryFirstPage {

    static final int ROWS = 20;

    private final Cache cache;

    DiaryFirstPage(CacheManager caches) {
        this.cache = caches.getCache(CacheConfig.DIARY_FIRST_PAGE);
    }

    record Cached(DiaryDtos.Page page) implements Serializable, Weighed {
        @Override
        public int weightBytes() {
            int bytes = 256;
            for (DiaryDtos.Diary d : page.items()) {
                // two bytes a char at most (Latin-1 strings take one), plus the record, dates and enums
                bytes += 2 * (d.title().length() + d.content().length()) + 320;
            }
            return bytes;
        }
    }

    /** {@code load} reads the first page of the given size. */
    DiaryDtos.Page get(long userId, int perPage, IntFunction<DiaryDtos.Page> load) {
        if (perPage > ROWS) {
            return load.apply(perPage);
        }
        DiaryDtos.Page full = cache.get(userId, () -> new Cached(load.apply(ROWS))).page();
        List<DiaryDtos.Diary> items = full.items();
        return new DiaryDtos.Page(items.subList(0, Math.min(perPage, items.size())), full.total(), 1, perPage);
    }

    /** In the diary's transaction on purpose, like the stats cache: the same request's next read sees the change. */
    @EventListener
    void onChange(DiaryChanged e) {
        cache.evict(e.userId());
    }
}
