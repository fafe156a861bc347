package app.dearme.ai;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Daily rollup of AI usage into {@code ai_usage_daily}. Calls are aggregated in memory and upserted
 * (additively, so several instances can share the table) on {@link #flush()}, which the configuration
 * schedules. Without a database it keeps totals in memory. It never throws into a feature.
 */
public class AiUsageRollup implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AiUsageRollup.class);

    static final String UPSERT = """
            insert into ai_usage_daily (day, feature, engine, model, calls, failures, tokens_in, tokens_out, cost_usd, latency_ms)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (day, feature, engine, model) do update set
              calls = ai_usage_daily.calls + excluded.calls,
              failures = ai_usage_daily.failures + excluded.failures,
              tokens_in = ai_usage_daily.tokens_in + excluded.tokens_in,
              tokens_out = ai_usage_daily.tokens_out + excluded.tokens_out,
              cost_usd = ai_usage_daily.cost_usd + excluded.cost_usd,
              latency_ms = ai_usage_daily.latency_ms + excluded.latency_ms""";

    private static final String TOTALS = """
            select coalesce(sum(calls), 0), coalesce(sum(failures), 0), coalesce(sum(tokens_in), 0),
                   coalesce(sum(tokens_out), 0), coalesce(sum(cost_usd), 0)
            from ai_usage_daily where day between ? and ?""";

    record Key(LocalDate day, String feature, String engine, String model) {
    }

    static final class Acc {
        long calls;
        long failures;
        long tokensIn;
        long tokensOut;
        double cost;
        long latencyMs;

        synchronized void add(boolean failed, long in, long out, double usd, long ms) {
            calls++;
            failures += failed ? 1 : 0;
            tokensIn += in;
            tokensOut += out;
            cost += usd;
            latencyMs += ms;
        }

        synchronized void addAll(Acc b) {
            calls += b.calls;
            failures += b.failures;
            tokensIn += b.tokensIn;
            tokensOut += b.tokensOut;
            cost += b.cost;
            latencyMs += b.latencyMs;
        }
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ZoneId zone;
    private final Map<Key, Acc> pending = new ConcurrentHashMap<>();
    /** Only used without a database: everything ever recorded, by key. */
    private final Map<Key, Acc> memory = new ConcurrentHashMap<>();

    public AiUsageRollup(JdbcTemplate jdbc, ZoneId zone, Clock clock) {
        this.jdbc = jdbc;
        this.zone = zone;
        this.clock = clock;
    }

    private java.util.concurrent.ScheduledExecutorService scheduler;

    /** Flushes periodically on a daemon thread until {@link #close()}. */
    public synchronized void startPeriodicFlush(java.time.Duration interval) {
        if (jdbc == null || scheduler != null || interval.isZero() || interval.isNegative()) {
            return;
        }
        scheduler = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ai-usage-rollup");
            t.setDaemon(true);
            return t;
        });
        long ms = interval.toMillis();
        scheduler.scheduleWithFixedDelay(this::flush, ms, ms, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
        flush();
    }

    public void add(AiFeature feature, String engine, String model, boolean failed, long tokensIn, long tokensOut,
                    double costUsd, long latencyMs) {
        Key key = new Key(LocalDate.now(clock.withZone(zone)), feature.name(), engine, model);
        (jdbc == null ? memory : pending).computeIfAbsent(key, k -> new Acc())
                .add(failed, tokensIn, tokensOut, costUsd, latencyMs);
    }

    /** Writes pending aggregates; a failed key is put back for the next flush. Never throws. */
    public void flush() {
        if (jdbc == null) {
            return;
        }
        for (Key key : pending.keySet()) {
            Acc acc = pending.remove(key);
            if (acc == null) {
                continue;
            }
            try {
                synchronized (acc) {
                    jdbc.update(UPSERT, key.day(), key.feature(), key.engine(), key.model(), acc.calls, acc.failures,
                            acc.tokensIn, acc.tokensOut,
                            BigDecimal.valueOf(acc.cost).setScale(9, RoundingMode.HALF_UP), acc.latencyMs);
                }
            } catch (RuntimeException e) {
                log.warn("AI usage rollup write failed, will retry: {}", e.toString());
                pending.merge(key, acc, (a, b) -> {
                    a.addAll(b);
                    return a;
                });
                return;
            }
        }
    }

    /** Today and month-to-date totals (pending calls are flushed first). */
    public AiUsageTotals totals() {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate monthStart = today.withDayOfMonth(1);
        if (jdbc == null) {
            return new AiUsageTotals(sumMemory(today, today), sumMemory(monthStart, today));
        }
        flush();
        try {
            return new AiUsageTotals(query(today, today), query(monthStart, today));
        } catch (RuntimeException e) {
            log.warn("AI usage totals query failed: {}", e.toString());
            return new AiUsageTotals(AiUsageTotals.Totals.ZERO, AiUsageTotals.Totals.ZERO);
        }
    }

    private AiUsageTotals.Totals query(LocalDate from, LocalDate to) {
        return jdbc.queryForObject(TOTALS, (rs, i) -> new AiUsageTotals.Totals(rs.getLong(1), rs.getLong(2),
                rs.getLong(3), rs.getLong(4), rs.getBigDecimal(5)), from, to);
    }

    private AiUsageTotals.Totals sumMemory(LocalDate from, LocalDate to) {
        long calls = 0;
        long failures = 0;
        long in = 0;
        long out = 0;
        double cost = 0;
        for (Map.Entry<Key, Acc> e : memory.entrySet()) {
            LocalDate d = e.getKey().day();
            if (d.isBefore(from) || d.isAfter(to)) {
                continue;
            }
            Acc a = e.getValue();
            synchronized (a) {
                calls += a.calls;
                failures += a.failures;
                in += a.tokensIn;
                out += a.tokensOut;
                cost += a.cost;
            }
        }
        return new AiUsageTotals.Totals(calls, failures, in, out,
                BigDecimal.valueOf(cost).setScale(9, RoundingMode.HALF_UP));
    }
}
