package app.dearme.platform.idempotency;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Idempotency keys of every scope are deleted once older than {@code keep} (SPEC §1: 24 h), by a cluster-wide job
 * every {@code interval}, {@code batchSize} rows per statement. Keep it at least as long as the longest per-module
 * TTL (dearme.chat.idempotency-ttl, dearme.diary.idempotency-ttl; both 24 h): a module's TTL decides when a key
 * stops replaying, this one only when its row goes.
 */
@ConfigurationProperties("dearme.idempotency")
record IdempotencyProperties(@DefaultValue("24h") Duration keep,
                             @DefaultValue("1h") Duration interval,
                             @DefaultValue("5000") int batchSize) {
}
