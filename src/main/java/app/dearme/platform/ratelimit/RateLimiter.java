package app.dearme.platform.ratelimit;

import app.dearme.platform.config.DearMeProperties;
import app.dearme.platform.error.ApiException;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Request rate limits (SPEC §3) with Bucket4j token buckets, kept per key in an expiring in-process map.
 * Disabled as a whole by {@code dearme.rate-limit.enabled=false}; plan usage limits and the account
 * lockout are separate and always on.
 */
@Component
public class RateLimiter {

    private final DearMeProperties.RateLimit cfg;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(200_000)
            .build();

    RateLimiter(DearMeProperties props) {
        this.cfg = props.rateLimit();
    }

    public DearMeProperties.RateLimit config() {
        return cfg;
    }

    /** Takes one token for {@code key}; throws 429 with Retry-After when the bucket is empty. */
    public void consume(String key, int perWindow) {
        if (!cfg.enabled()) {
            return;
        }
        Bucket bucket = buckets.get(key + "|" + perWindow, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perWindow).refillGreedy(perWindow, cfg.window()).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            Duration wait = Duration.ofNanos(probe.getNanosToWaitForRefill()).plusSeconds(1);
            throw ApiException.tooMany("rate-limited", "요청이 너무 많아요. 잠시 후 다시 시도해 주세요.",
                    "Too many requests. Please try again later.", wait);
        }
    }
}
