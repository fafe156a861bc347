package app.dearme.ops;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** JSON shapes of SPEC §13 (snake_case on the wire). Null means "not measured", never zero. */
final class OpsDtos {

    private OpsDtos() {
    }

    record Overview(long dau, long wau, long mau, long diariesToday, Ai ai, Http http, DbPool dbPool,
                    Map<String, CacheStat> caches, JobStats jobs, Double replicaLagSeconds, Integer instances,
                    OffsetDateTime generatedAt) {
    }

    record Ai(AiTotals today, AiTotals monthToDate) {
    }

    record AiTotals(long calls, long failures, long tokensIn, long tokensOut, BigDecimal costUsd) {
    }

    /** window_seconds: the span rate, p95 and error rate were measured over. */
    record Http(Double requestsPerSecond, Double p95Ms, Double errorRate, Long inFlight, Double windowSeconds) {
    }

    record DbPool(String name, Integer active, Integer idle, Integer max, Integer waiting) {
    }

    record CacheStat(Double hitRatio, Long size, Long requests) {
    }

    /** Explicit names: the snake_case strategy does not split digits ("failed24h"). */
    record JobStats(long queueDepth, long running, @JsonProperty("failed_24h") long failed24h,
                    @JsonProperty("done_24h") long done24h) {
    }

    record Advice(Phase phase, List<ChecklistItem> checklist, List<Bottleneck> bottlenecks, Cost cost,
                  OffsetDateTime generatedAt) {
    }

    record Phase(int current, String name, long dau, Long nextThreshold, String reason) {
    }

    /**
     * state: on | off | unknown (not measurable now; never shown as done). evidence: the setting or measurement the
     * state was read from, language-neutral (setting names, meter names, numbers with units). active = state on.
     */
    record ChecklistItem(String key, String label, boolean active, String detail, CheckState state, String evidence) {
    }

    /** One tick of this instance's figures. Counters (cache_*, ai_*) are the increase within the interval. */
    record Point(long atMs, Double requestsPerSecond, Double p95Ms, Double errorRate, Long inFlight,
                 Integer poolActive, Integer poolIdle, Integer poolPending, Integer poolMax, Double cacheHitRatio,
                 long cacheHits, long cacheRequests, Long jobQueueDepth, Double jobOldestQueuedAgeSeconds, long aiCalls,
                 long aiTokens, double aiCostUsd) {
    }

    /** GET /api/v1/admin/ops/history: the instance that answered and its ring of points, oldest first. */
    record History(String instance, double intervalSeconds, int capacity, List<Point> points) {
    }

    /** kind: http | ai | job | db_pool; value is in the unit named by metric (always milliseconds today). */
    record Bottleneck(String kind, String component, String metric, double value, String note, long count,
                      Double maxMs) {
    }

    record Cost(Measured measured, List<PhaseCost> phases, String assumptions) {
    }

    record Measured(BigDecimal aiMonthToDateUsd, int daysElapsed, BigDecimal aiProjectedMonthUsd, long dau,
                    BigDecimal aiUsdPerDauMonth) {
    }

    record PhaseCost(int phase, String name, int referenceDau, BigDecimal infrastructureUsdPerMonth,
                     BigDecimal aiUsdPerMonth, BigDecimal total) {
    }
}
