package app.dearme.platform.cache;

import app.dearme.platform.cluster.PgChannels;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
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
        JsonNode root = json.readTree(payload);
        if (root.isArray()) { // one transaction's evictions, sent together
            root.forEach(this::onEviction);
        } else {
            onEviction(root);
        }
    }

    private void onEviction(JsonNode m) {
        if (m.path("o").isString() && origin.equals(m.get("o").asString())) {
            return;
        }
        if (!(getCache(m.get("c").asString()) instanceof ClusterCache c)) {
            return;
        }
        JsonNode k = m.get("k");
        if (k == null) {
            c.clearLocal();
        } else {
            c.evictLocal(k.isNumber() ? (Object) k.asLong() : k.asString());
        }
    }

    /** After the listener reconnects: evictions sent meanwhile were missed. */
    private void clearAllLocal() {
        local.getCacheNames().forEach(n -> {
            if (getCache(n) instanceof ClusterCache c) {
                c.clearLocal();
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

    /**
     * Runs {@code localAction} now and after completion; the other instances get {@code payload} once committed. In a
     * read-write transaction the transaction's evictions go out together as one message, on the writer's own
     * connection just before it commits, and PostgreSQL delivers it at commit (a second connection per write starved
     * the pool under load, and a diary write evicts four caches, issue 15); otherwise it is sent after commit.
     */
    private void evictEverywhere(Runnable localAction, String payload) {
        localAction.run();
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            broadcast(payload);
            return;
        }
        boolean sentWithCommit = TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
        if (sentWithCommit) {
            batch().add(payload);
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                localAction.run();
                if (status == STATUS_COMMITTED && !sentWithCommit) {
                    broadcast(payload);
                }
            }
        });
    }

    /** This transaction's evictions, sent as one message before it commits. */
    private Set<String> batch() {
        @SuppressWarnings("unchecked")
        Set<String> existing = (Set<String>) TransactionSynchronizationManager.getResource(this);
        if (existing != null) {
            return existing;
        }
        Set<String> batch = new LinkedHashSet<>();
        TransactionSynchronizationManager.bindResource(this, batch);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                sendBatch(batch);
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(ClusterCacheManager.this);
            }
        });
        return batch;
    }

    /** PostgreSQL refuses payloads of 8,000 bytes or more: a large batch goes as several messages. */
    private void sendBatch(Set<String> batch) {
        StringBuilder message = new StringBuilder();
        for (String payload : batch) {
            if (message.length() + payload.length() + 2 > 7_000) {
                channels.publishInCurrentTransaction(CHANNEL, message.append(']').toString());
                message.setLength(0);
            }
            message.append(message.isEmpty() ? '[' : ',').append(payload);
        }
        if (!message.isEmpty()) {
            channels.publishInCurrentTransaction(CHANNEL, message.append(']').toString());
        }
    }

    private final class ClusterCache implements Cache {

        private final Cache delegate;
        /** Evictions per stripe of keys (see {@link #get(Object, Callable)}). */
        private final AtomicLongArray evictions = new AtomicLongArray(1024);

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

        /**
         * Loads outside any lock of the cache: Caffeine's own compute held the key's bin while the loader waited for a
         * pooled connection, and a writer evicting that key waited for the bin while holding its connection, so under
         * load writers and readers starved the pool together (bench mixed at 256, issue 15). Instead, the loaded value
         * is stored only if no eviction of its stripe happened since the load began, so a reader that loaded the old
         * row cannot put it back after a write's eviction. A loader's own exception reaches the caller unwrapped.
         */
        @Override
        @SuppressWarnings("unchecked")
        public <T> T get(Object key, Callable<T> valueLoader) {
            ValueWrapper hit = delegate.get(key);
            if (hit != null) {
                return (T) hit.get();
            }
            long generation = evictions.get(stripe(key));
            if (level2 != null) {
                Object shared = level2.get(getName(), key);
                if (shared != null) {
                    putIfNotEvictedSince(key, shared, generation);
                    return (T) shared;
                }
            }
            T loaded;
            try {
                loaded = valueLoader.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new ValueRetrievalException(key, valueLoader, e);
            }
            if (loaded != null && putIfNotEvictedSince(key, loaded, generation) && level2 != null) {
                level2.put(getName(), key, loaded);
            }
            return loaded;
        }

        /** Atomic with {@link #evictLocal}: the check and the store happen under the key's entry lock, briefly. */
        private boolean putIfNotEvictedSince(Object key, Object value, long generation) {
            if (!(delegate.getNativeCache() instanceof com.github.benmanes.caffeine.cache.Cache<?, ?> nativeCache)) {
                return false;
            }
            @SuppressWarnings("unchecked")
            var map = ((com.github.benmanes.caffeine.cache.Cache<Object, Object>) nativeCache).asMap();
            boolean[] stored = {false};
            map.compute(key, (k, old) -> {
                if (evictions.get(stripe(key)) != generation) {
                    return old;
                }
                stored[0] = true;
                return value;
            });
            return stored[0];
        }

        private int stripe(Object key) {
            return (key.hashCode() & 0x7fffffff) % evictions.length();
        }

        /** Counts the eviction first, so a load that began before it will not store its value. */
        private void evictLocal(Object key) {
            evictions.incrementAndGet(stripe(key));
            delegate.evict(key);
        }

        private void clearLocal() {
            for (int i = 0; i < evictions.length(); i++) {
                evictions.incrementAndGet(i);
            }
            delegate.clear();
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
                evictLocal(key);
                if (level2 != null) {
                    level2.evict(getName(), key);
                }
            }, encode(getName(), key));
        }

        @Override
        public void clear() {
            evictEverywhere(() -> {
                clearLocal();
                if (level2 != null) {
                    level2.clear(getName());
                }
            }, encode(getName(), null));
        }
    }
}
