package app.dearme.platform.cache;

import app.dearme.platform.cluster.PgChannels;
import app.dearme.platform.redis.SharedRedis;
import io.micrometer.core.instrument.MeterRegistry;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.cache.metrics.CacheMeterBinderProvider;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.support.NoOpCacheManager;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * Named caches with the scaling guide's per-data TTLs (the guide's friend-list cache is not kept: the friend list
 * is one indexed query, and nothing read the cache). Level 1 is in-process (Caffeine); with Redis, level 2 is
 * shared by the instances ({@link RedisLevel2}). Every write that changes cached data evicts
 * its entry (see the services) on every instance ({@link ClusterCacheManager}), so the TTL is a safety net, not the
 * freshness rule.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
public class CacheConfig {

    public static final String AUTH_SESSION = "authSession";
    public static final String PERSONA = "persona";
    public static final String DIARY_STATS = "diaryStats";
    public static final String USER_ZONE = "userZone";
    /** The owner's first page of diaries (issue 15: the hottest read); values are {@link Weighed}. */
    public static final String DIARY_FIRST_PAGE = "diaryFirstPage";
    /** The unread-notification count of the badge. */
    public static final String UNREAD_COUNT = "unreadCount";
    /** This month's calendar and this week's insight of the home screen, for the user's today. */
    public static final String DIARY_CALENDAR = "diaryCalendar";
    public static final String DIARY_WEEKLY = "diaryWeekly";

    /** Heap budget per instance of each cache bounded by weight. */
    static final long WEIGHED_BUDGET_BYTES = 64L << 20;

    static final Map<String, Duration> TTLS = Map.of(
            AUTH_SESSION, Duration.ofHours(24),
            PERSONA, Duration.ofHours(1),
            DIARY_STATS, Duration.ofMinutes(10),
            USER_ZONE, Duration.ofHours(1),
            DIARY_FIRST_PAGE, Duration.ofMinutes(10),
            UNREAD_COUNT, Duration.ofMinutes(10),
            DIARY_CALENDAR, Duration.ofMinutes(10),
            DIARY_WEEKLY, Duration.ofMinutes(10));

    /**
     * {@code dearme.cache.enabled=false} turns every cache off and {@code dearme.cache.level1=false} keeps only the
     * Redis level: both only for measuring the choice (bench/scale.sh caches).
     */
    @Bean
    CacheManager cacheManager(PgChannels channels, JsonMapper json, SharedRedis redis, MeterRegistry meters,
                              @Value("${dearme.cache.enabled:true}") boolean enabled,
                              @Value("${dearme.cache.level1:true}") boolean level1) {
        if (!enabled) {
            return new NoOpCacheManager();
        }
        return new ClusterCacheManager(localCaches(level1 ? 100_000 : 0), channels, json,
                new RedisLevel2(redis, json, TTLS, meters));
    }

    /** Boot binds metrics only to caches it recognises; ours wrap Caffeine, so bind its statistics ourselves. */
    @Bean
    CacheMeterBinderProvider<Cache> cacheMetrics() {
        return (cache, tags) -> cache.getNativeCache() instanceof com.github.benmanes.caffeine.cache.Cache<?, ?> c
                ? new CaffeineCacheMetrics<>(c, cache.getName(), tags) : null;
    }

    private static CacheManager localCaches(long size) {
        CaffeineCacheManager m = new CaffeineCacheManager();
        TTLS.forEach((name, ttl) -> {
            Caffeine<Object, Object> b = Caffeine.newBuilder().expireAfterWrite(ttl).recordStats();
            if (name.equals(DIARY_FIRST_PAGE)) {
                // a 0 budget (level 1 off) must hold nothing, as maximumSize(0) does for the others
                b.maximumWeight(size == 0 ? 0 : WEIGHED_BUDGET_BYTES)
                        .weigher((k, v) -> v instanceof Weighed w ? Math.max(1, w.weightBytes()) : 1024);
            } else {
                b.maximumSize(size);
            }
            m.registerCustomCache(name, b.build());
        });
        // unknown names still work, with a conservative default
        m.setCaffeine(Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(5)).maximumSize(10_000).recordStats());
        return m;
    }
}
