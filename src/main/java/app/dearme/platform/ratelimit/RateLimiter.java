package app.dearme.platform.ratelimit;

import app.dearme.platform.config.DearMeProperties;
import app.dearme.platform.error.ApiException;
import app.dearme.platform.redis.SharedRedis;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.api.StatefulRedisConnection;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Request rate limits (SPEC §3) with Bucket4j token buckets. With {@code dearme.redis.url} the buckets live in
 * Redis, so N instances allow what one does; while Redis is off or unreachable they fall back to an expiring
 * in-process map (per instance, logged through {@link SharedRedis}). Disabled as a whole by
 * {@code dearme.rate-limit.enabled=false}; plan usage limits and the account lockout (PostgreSQL) are separate and
 * always on.
 */
@Component
public class RateLimiter {

    private final DearMeProperties.RateLimit cfg;
    private final SharedRedis redis;
    private final Cache<String, Bucket> local = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(200_000)
            .build();
    private volatile ProxyManager<byte[]> shared;

    RateLimiter(DearMeProperties props, SharedRedis redis) {
        this.cfg = props.rateLimit();
        this.redis = redis;
    }

    public DearMeProperties.RateLimit config() {
        return cfg;
    }

    /** Takes one token from {@code rule}'s bucket for {@code subject}; 429 with Retry-After when it is empty. */
    public void consume(RateLimitRule rule, Object subject) {
        consume(rule.key(subject), rule.limit(cfg));
    }

    /** Takes one token for {@code key}; throws 429 with Retry-After when the bucket is empty. */
    void consume(String key, int perWindow) {
        if (!cfg.enabled()) {
            return;
        }
        String id = key + "|" + perWindow;
        ConsumptionProbe probe = sharedProbe(id, perWindow);
        if (probe == null) {
            probe = local.get(id, k -> Bucket.builder().addLimit(limit(perWindow)).build())
                    .tryConsumeAndReturnRemaining(1);
        }
        if (!probe.isConsumed()) {
            Duration wait = Duration.ofNanos(probe.getNanosToWaitForRefill()).plusSeconds(1);
            throw ApiException.tooMany("rate-limited", "요청이 너무 많아요. 잠시 후 다시 시도해 주세요.",
                    "Too many requests. Please try again later.", wait);
        }
    }

    private ConsumptionProbe sharedProbe(String id, int perWindow) {
        ProxyManager<byte[]> proxies = proxies();
        if (proxies == null) {
            return null;
        }
        try {
            return proxies.builder()
                    .build(("dearme:rl:" + id).getBytes(StandardCharsets.UTF_8),
                            () -> BucketConfiguration.builder().addLimit(limit(perWindow)).build())
                    .tryConsumeAndReturnRemaining(1);
        } catch (RuntimeException e) {
            redis.failed("rate-limit (falling back to per-instance limits)", e);
            return null;
        }
    }

    private ProxyManager<byte[]> proxies() {
        ProxyManager<byte[]> p = shared;
        if (p != null || !redis.enabled()) {
            return p;
        }
        StatefulRedisConnection<byte[], byte[]> c = redis.connection();
        if (c == null) {
            return null;
        }
        synchronized (this) {
            if (shared == null) {
                shared = Bucket4jLettuce.casBasedBuilder(c)
                        .expirationAfterWrite(ExpirationAfterWriteStrategy
                                .basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
                        .build();
            }
            return shared;
        }
    }

    private Bandwidth limit(int perWindow) {
        return Bandwidth.builder().capacity(perWindow).refillGreedy(perWindow, cfg.window()).build();
    }
}
