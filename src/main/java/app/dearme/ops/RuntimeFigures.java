package app.dearme.ops;

import com.github.benmanes.caffeine.cache.stats.CacheStats;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Component;

/** In-process figures: the primary connection pool and the Spring caches. */
@Component
class RuntimeFigures {

    static final String PRIMARY_POOL = "dearme-primary";

    private final ObjectProvider<HikariDataSource> pools;
    private final CacheManager caches;

    RuntimeFigures(ObjectProvider<HikariDataSource> pools, CacheManager caches) {
        this.pools = pools;
        this.caches = caches;
    }

    OpsDtos.DbPool dbPool() {
        HikariDataSource ds = pools.orderedStream()
                .min(Comparator.comparing(p -> PRIMARY_POOL.equals(p.getPoolName()) ? 0 : 1)).orElse(null);
        if (ds == null) {
            return new OpsDtos.DbPool(null, null, null, null, null);
        }
        HikariPoolMXBean mx = ds.getHikariPoolMXBean();
        if (mx == null) { // pool not started yet
            return new OpsDtos.DbPool(ds.getPoolName(), null, null, ds.getMaximumPoolSize(), null);
        }
        return new OpsDtos.DbPool(ds.getPoolName(), mx.getActiveConnections(), mx.getIdleConnections(),
                ds.getMaximumPoolSize(), mx.getThreadsAwaitingConnection());
    }

    Map<String, OpsDtos.CacheStat> caches() {
        Map<String, OpsDtos.CacheStat> out = new TreeMap<>();
        for (String name : caches.getCacheNames()) {
            Cache c = caches.getCache(name);
            if (c != null && c.getNativeCache() instanceof com.github.benmanes.caffeine.cache.Cache<?, ?> caffeine) {
                CacheStats s = caffeine.stats();
                long requests = s.requestCount();
                out.put(name, new OpsDtos.CacheStat(requests == 0 ? null : HttpTraffic.round(s.hitRate(), 4),
                        caffeine.estimatedSize(), requests));
            } else {
                out.put(name, new OpsDtos.CacheStat(null, null, null)); // e.g. Redis: statistics live in Redis
            }
        }
        return out;
    }

    /** Hits and requests summed over every Caffeine cache since start (they only count up). */
    CacheCounts cacheCounts() {
        long hits = 0;
        long requests = 0;
        for (String name : caches.getCacheNames()) {
            Cache c = caches.getCache(name);
            if (c != null && c.getNativeCache() instanceof com.github.benmanes.caffeine.cache.Cache<?, ?> caffeine) {
                CacheStats s = caffeine.stats();
                hits += s.hitCount();
                requests += s.requestCount();
            }
        }
        return new CacheCounts(hits, requests);
    }

    record CacheCounts(long hits, long requests) {
    }
}
