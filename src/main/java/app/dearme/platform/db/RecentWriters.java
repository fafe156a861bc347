package app.dearme.platform.db;

import app.dearme.platform.config.DearMeProperties;
import app.dearme.platform.redis.SharedRedis;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Read-your-writes by a bounded window: a user who wrote within {@code dearme.db.read-your-writes-window} reads from
 * the primary. The mark lives in this instance and, with Redis, in Redis, because the user's next request may land
 * on another instance. If Redis cannot answer, the user counts as a recent writer: a stale read is the failure to
 * avoid, an extra primary read is not.
 */
@Component
public class RecentWriters {

    private final Duration window;
    private final SharedRedis redis;
    private final Cache<Long, Boolean> local;

    RecentWriters(DearMeProperties props, SharedRedis redis) {
        this.window = props.db().readYourWritesWindow();
        this.redis = redis;
        this.local = Caffeine.newBuilder().expireAfterWrite(window).maximumSize(500_000).build();
    }

    public void mark(long userId) {
        local.put(userId, Boolean.TRUE);
        StatefulRedisConnection<byte[], byte[]> c = redis.connection();
        if (c != null) {
            try {
                c.sync().set(key(userId), new byte[] {1}, SetArgs.Builder.px(window.toMillis()));
            } catch (RuntimeException e) {
                redis.failed("read-your-writes mark", e);
            }
        }
    }

    boolean isRecent(long userId) {
        if (local.getIfPresent(userId) != null) {
            return true;
        }
        if (!redis.enabled()) {
            return false;
        }
        StatefulRedisConnection<byte[], byte[]> c = redis.connection();
        if (c == null) {
            return true;
        }
        try {
            return c.sync().exists(key(userId)) > 0;
        } catch (RuntimeException e) {
            redis.failed("read-your-writes check", e);
            return true;
        }
    }

    private static byte[] key(long userId) {
        return ("dearme:rw:" + userId).getBytes(StandardCharsets.UTF_8);
    }
}
