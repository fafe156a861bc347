package app.dearme.platform.cache;

import app.dearme.platform.redis.SharedRedis;
import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The second cache level, in Redis (only with {@code dearme.redis.url}): a value one instance loaded from
 * PostgreSQL serves the other instances' first misses too, for the same TTL. Values travel as JSON with their class
 * (only our own records and plain Java values are accepted back). Any Redis failure is a miss: the caller loads from
 * PostgreSQL, as without Redis. An eviction leaves a short tombstone that refuses puts: a reader on another instance
 * that loaded the old row before the write committed cannot put it back for the whole TTL (a revoked session for 24
 * hours).
 */
final class RedisLevel2 {

    private static final String PUT_UNLESS_TOMBSTONE = """
            if redis.call('exists', KEYS[2]) == 0 then
              redis.call('set', KEYS[1], ARGV[1], 'PX', ARGV[2])
              return 1
            end
            return 0""";
    private static final String EVICT_WITH_TOMBSTONE = """
            redis.call('del', KEYS[1])
            redis.call('set', KEYS[2], '1', 'PX', ARGV[1])
            return 1""";
    private static final long TOMBSTONE_MILLIS = 10_000;

    private final SharedRedis redis;
    private final JsonMapper json;
    private final Map<String, Duration> ttls;
    private final Counter hits;
    private final Counter misses;

    RedisLevel2(SharedRedis redis, JsonMapper json, Map<String, Duration> ttls, MeterRegistry meters) {
        this.redis = redis;
        this.json = json;
        this.ttls = ttls;
        this.hits = Counter.builder("dearme.cache.l2").tag("result", "hit").register(meters);
        this.misses = Counter.builder("dearme.cache.l2").tag("result", "miss").register(meters);
    }

    boolean enabled() {
        return redis.enabled();
    }

    /** The cached value, or null on a miss, an unknown class, or a Redis failure. */
    Object get(String cache, Object key) {
        StatefulRedisConnection<byte[], byte[]> c = redis.connection();
        if (c == null) {
            return null;
        }
        try {
            byte[] raw = c.sync().get(key(cache, key));
            Object value = raw == null ? null : decode(raw);
            (value == null ? misses : hits).increment();
            return value;
        } catch (RuntimeException e) {
            redis.failed("cache get", e);
            return null;
        }
    }

    void put(String cache, Object key, Object value) {
        StatefulRedisConnection<byte[], byte[]> c = redis.connection();
        if (c == null || value == null) {
            return;
        }
        try {
            byte[] raw = json.writeValueAsBytes(Map.of("t", value.getClass().getName(), "v", value));
            long ttl = ttls.getOrDefault(cache, Duration.ofMinutes(5)).toMillis();
            c.sync().eval(PUT_UNLESS_TOMBSTONE, ScriptOutputType.INTEGER, new byte[][] {key(cache, key),
                    tombstone(cache, key)}, raw, bytes(Long.toString(ttl)));
        } catch (RuntimeException e) {
            redis.failed("cache put", e);
        }
    }

    void evict(String cache, Object key) {
        StatefulRedisConnection<byte[], byte[]> c = redis.connection();
        if (c == null) {
            return;
        }
        try {
            c.sync().eval(EVICT_WITH_TOMBSTONE, ScriptOutputType.INTEGER, new byte[][] {key(cache, key),
                    tombstone(cache, key)}, bytes(Long.toString(TOMBSTONE_MILLIS)));
        } catch (RuntimeException e) {
            redis.failed("cache evict", e);
        }
    }

    private Object decode(byte[] raw) {
        JsonNode node = json.readTree(raw);
        String type = node.path("t").asString("");
        if (!(type.startsWith("app.dearme.") || type.startsWith("java.lang."))) {
            return null;
        }
        try {
            return json.treeToValue(node.get("v"), Class.forName(type));
        } catch (ClassNotFoundException | RuntimeException e) {
            return null; // written by another version of the app: treat as a miss
        }
    }

    /** Deletes every entry of one cache (SCAN, never KEYS: Redis keeps serving meanwhile). */
    void clear(String cache) {
        StatefulRedisConnection<byte[], byte[]> c = redis.connection();
        if (c == null) {
            return;
        }
        try {
            ScanCursor cursor = ScanCursor.INITIAL;
            do {
                KeyScanCursor<byte[]> page = c.sync().scan(cursor,
                        ScanArgs.Builder.matches("dearme:c:" + cache + ":*").limit(500));
                if (!page.getKeys().isEmpty()) {
                    c.sync().del(page.getKeys().toArray(new byte[0][]));
                }
                cursor = page;
            } while (!cursor.isFinished());
        } catch (RuntimeException e) {
            redis.failed("cache clear", e);
        }
    }

    private static byte[] key(String cache, Object key) {
        return bytes("dearme:c:" + cache + ":" + key);
    }

    private static byte[] tombstone(String cache, Object key) {
        return bytes("dearme:t:" + cache + ":" + key);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
