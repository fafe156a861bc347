package app.dearme.platform.cache;

import app.dearme.platform.cluster.PgChannels;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Instance-local caches that stay coherent across instances: an eviction evicts here at once, again when the
 * surrounding transaction completes (so a reader racing the write cannot re-cache the old row), and, when it
 * commits, on every other instance through {@link PgChannels}. Without this, a write served by one instance left
 * the others serving the old value for the whole TTL (a revoked session for up to 24 hours).
 * Evict inside the writing transaction or outside any, not from an after-commit callback.
 */
final class ClusterCacheManager implements CacheManager {

    static final String CHANNEL = "dearme_cache";

    private static final Logger log = LoggerFactory.getLogger(ClusterCacheManager.class);

    private final CacheManager local;
    private final PgChannels channels;
    private final JsonMapper json;
    private final Map<String, Cache> caches = new ConcurrentHashMap<>();
    /** Marks this instance's own messages: it has evicted already, and a late second eviction would only cost. */
    private final String origin = UUID.randomUUID().toString();

    /** Null without Redis. */
    private final RedisLevel2 level2;

    ClusterCacheManager(CacheManager local, PgChannels channels, JsonMapper json, RedisLevel2 level2) {
        this.local = local;
        this.level2 = level2 != null && level2.enabled() ? level2 : null;
        this.channels = channels;
        this.json = json;
        channels.subscribe(CHANNEL, this::onMessage, this::clearAllLocal);
    }

    @Override
    public Cache getCache(String name) {
        Cache existing = caches.get(name);
        if (existing != null) {
            return existing;
        }
        Cache c = local.getCache(name);
        return c == null ? null : caches.computeIfAbsent(name, n -> new ClusterCache(c));
    }

    @Override
    public Collection<String> getCacheNames() {
        return local.getCacheNames();
    }

    /** A key travels as a JSON number (our cache keys are longs) or string; anything else clears the cache. */
    String encode(String cache, Object key) {
        if (key instanceof Long || key instanceof String) {
            return json.writeValueAsString(Map.of("o", origin, "c", cache, "k", key));
        }
        return json.writeValueAsString(Map.of("o", origin, "c", cache));
    }

    private void onMessage(String payload) {
        JsonNode m = json.readTree(payload);
        if (m.path("o").isString() && origin.equals(m.get("o").asString())) {
            return;
        }
        Cache c = local.getCache(m.get("c").asString());
        if (c == null) {
            return;
        }
        JsonNode k = m.get("k");
        if (k == null) {
            c.clear();
        } else {
            c.evict(k.isNumber() ? (Object) k.asLong() : k.asString());
        }
    }

    /** After the listener reconnects: evictions sent meanwhile were missed. */
    private void clearAllLocal() {
        local.getCacheNames().forEach(n -> {
            Cache c = local.getCache(n);
            if (c != null) {
                c.clear();
            }
        });
        log.info("Local caches cleared after the cluster channel reconnected");
    }

    private void broadcast(String payload) {
        try {
            channels.publish(CHANNEL, payload);
        } catch (RuntimeException e) {
            // the write has committed; the other instances catch up at the TTL
            log.warn("Cache eviction not broadcast: {}", e.toString());
        }
    }

    /** Runs {@code localAction} now and after completion; broadcasts {@code payload} once committed. */
    private void evictEverywhere(Runnable localAction, String payload) {
        localAction.run();
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            broadcast(payload);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                localAction.run();
                if (status == STATUS_COMMITTED) {
                    broadcast(payload);
                }
            }
        });
    }

    private final class ClusterCache implements Cache {

        private final Cache delegate;

        ClusterCache(Cache delegate) {
            this.delegate = delegate;
        }

        @Override
        public String getName() {
            return delegate.getName();
        }

        @Override
        public Object getNativeCache() {
            return delegate.getNativeCache();
        }

        @Override
        public ValueWrapper get(Object key) {
            ValueWrapper hit = delegate.get(key);
            if (hit != null || level2 == null) {
                return hit;
            }
            Object shared = level2.get(getName(), key);
            if (shared == null) {
                return null;
            }
            delegate.put(key, shared);
            return () -> shared;
        }

        @Override
        public <T> T get(Object key, Class<T> type) {
            ValueWrapper hit = get(key);
            return hit != null && type.isInstance(hit.get()) ? type.cast(hit.get()) : null;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T get(Object key, Callable<T> valueLoader) {
            if (level2 == null) {
                return delegate.get(key, valueLoader);
            }
            return delegate.get(key, () -> {
                Object shared = level2.get(getName(), key);
                if (shared != null) {
                    return (T) shared;
                }
                T loaded = valueLoader.call();
                level2.put(getName(), key, loaded);
                return loaded;
            });
        }

        @Override
        public void put(Object key, Object value) {
            delegate.put(key, value);
            if (level2 != null) {
                level2.put(getName(), key, value);
            }
        }

        @Override
        public void evict(Object key) {
            evictEverywhere(() -> {
                delegate.evict(key);
                if (level2 != null) {
                    level2.evict(getName(), key);
                }
            }, encode(getName(), key));
        }

        @Override
        public void clear() {
            evictEverywhere(() -> {
                delegate.clear();
                if (level2 != null) {
                    level2.clear(getName());
                }
            }, encode(getName(), null));
        }
    }
}
