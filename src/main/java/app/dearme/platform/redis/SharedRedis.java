package app.dearme.platform.redis;

import app.dearme.platform.config.DearMeProperties;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The Redis every instance shares, when {@code dearme.redis.url} is set, and only then. Redis is an accelerator
 * here, never the source of truth: callers ask for the connection, get null when Redis is off or unreachable, and
 * fall back to PostgreSQL or to per-instance state. Commands fail fast while disconnected (no queueing), so a dead
 * Redis costs a request at most one short timeout, and its errors are counted and logged at most once a minute.
 */
@Component
public class SharedRedis implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SharedRedis.class);
    private static final long RETRY_CONNECT_NANOS = 1_000_000_000L;
    private static final long LOG_EVERY_NANOS = 60_000_000_000L;

    private final RedisClient client;
    private final MeterRegistry meters;
    private final AtomicLong nextConnectAttempt = new AtomicLong();
    private final AtomicLong nextLog = new AtomicLong(System.nanoTime());
    private volatile StatefulRedisConnection<byte[], byte[]> connection;
    private volatile boolean loggedOnce;

    public SharedRedis(DearMeProperties props, MeterRegistry meters) {
        this.meters = meters;
        DearMeProperties.Redis cfg = props.redis();
        if (!cfg.enabled()) {
            client = null;
            return;
        }
        client = RedisClient.create(RedisURI.create(cfg.url()));
        client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .socketOptions(SocketOptions.builder().connectTimeout(cfg.timeout()).build())
                .timeoutOptions(TimeoutOptions.enabled(cfg.timeout()))
                .build());
    }

    public boolean enabled() {
        return client != null;
    }

    /** The shared connection, or null when Redis is off or cannot be reached right now. */
    public StatefulRedisConnection<byte[], byte[]> connection() {
        StatefulRedisConnection<byte[], byte[]> c = connection;
        if (c != null || client == null) {
            return c;
        }
        long now = System.nanoTime();
        long next = nextConnectAttempt.get();
        if (now - next < 0 || !nextConnectAttempt.compareAndSet(next, now + RETRY_CONNECT_NANOS)) {
            return null;
        }
        synchronized (this) {
            if (connection == null) {
                try {
                    connection = client.connect(ByteArrayCodec.INSTANCE);
                    log.info("Redis connected: shared limits, caches and read-your-writes marks are cluster-wide");
                } catch (RuntimeException e) {
                    failed("connect", e);
                }
            }
            return connection;
        }
    }

    /** Counts a failed Redis operation; logs at most once a minute (the first failure always). */
    public void failed(String operation, Throwable e) {
        Counter.builder("dearme.redis.errors").tag("op", operation).register(meters).increment();
        long now = System.nanoTime();
        long next = nextLog.get();
        if (!loggedOnce || (now - next >= 0 && nextLog.compareAndSet(next, now + LOG_EVERY_NANOS))) {
            loggedOnce = true;
            nextLog.set(now + LOG_EVERY_NANOS);
            log.warn("Redis {} failed, serving from PostgreSQL and per-instance state: {}", operation, e.toString());
        }
    }

    @Override
    public void destroy() {
        if (connection != null) {
            connection.close();
        }
        if (client != null) {
            client.shutdown();
        }
    }
}
