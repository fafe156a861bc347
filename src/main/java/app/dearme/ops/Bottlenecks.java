package app.dearme.ops;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Ranks measured timings since start-up, slowest mean first: HTTP routes, AI features, job kinds and
 * the wait for a database connection. Every entry is a mean in milliseconds, so they compare directly.
 */
@Component
class Bottlenecks {

    static final String AI_TIMER = "dearme.ai.latency";
    static final String JOB_TIMER = "dearme_jobs_duration_seconds";
    static final String POOL_ACQUIRE = "hikaricp.connections.acquire";

    /** Sum of the timers sharing one grouping key. */
    record Agg(String kind, String component, long count, double totalMs, double maxMs) {
        double meanMs() {
            return count == 0 ? 0 : totalMs / count;
        }
    }

    private final MeterRegistry registry;
    private final RuntimeFigures runtime;
    private final int top;

    Bottlenecks(MeterRegistry registry, RuntimeFigures runtime, OpsProperties props) {
        this.registry = registry;
        this.runtime = runtime;
        this.top = props.topBottlenecks();
    }

    List<OpsDtos.Bottleneck> ranked() {
        List<Agg> all = new ArrayList<>();
        all.addAll(group(HttpTraffic.TIMER, "http", t -> t.getId().getTag("method") + " " + t.getId().getTag("uri")));
        all.addAll(group(AI_TIMER, "ai", t -> "AI " + t.getId().getTag("feature")));
        all.addAll(group(JOB_TIMER, "job", t -> "작업 " + t.getId().getTag("kind")));
        all.addAll(group(POOL_ACQUIRE, "db_pool", t -> "DB 커넥션 풀 " + t.getId().getTag("pool")));
        OpsDtos.DbPool pool = runtime.dbPool();
        return rank(all, top, pool);
    }

    static List<OpsDtos.Bottleneck> rank(List<Agg> all, int top, OpsDtos.DbPool pool) {
        return all.stream().filter(a -> a.count() > 0)
                .sorted(Comparator.comparingDouble(Agg::meanMs).reversed())
                .limit(top)
                .map(a -> new OpsDtos.Bottleneck(a.kind(), a.component(),
                        a.kind().equals("db_pool") ? "acquire_mean_ms" : "mean_ms",
                        HttpTraffic.round(a.meanMs(), 2), note(a, pool), a.count(), HttpTraffic.round(a.maxMs(), 2)))
                .toList();
    }

    private static String note(Agg a, OpsDtos.DbPool pool) {
        String base = String.format(Locale.ROOT, "평균 %.1f ms · 최근 최대 %.1f ms · %,d회", a.meanMs(), a.maxMs(), a.count());
        if (a.kind().equals("db_pool") && pool.active() != null && pool.max() != null && pool.max() > 0) {
            return base + String.format(Locale.ROOT, " · 사용률 %d/%d (%.0f%%)%s", pool.active(), pool.max(),
                    100.0 * pool.active() / pool.max(),
                    pool.waiting() != null && pool.waiting() > 0 ? " · 대기 " + pool.waiting() : "");
        }
        return base;
    }

    private List<Agg> group(String timer, String kind, Function<Timer, String> key) {
        Map<String, Agg> byKey = new LinkedHashMap<>();
        for (Timer t : registry.find(timer).timers()) {
            if (HttpTraffic.isStream(t.getId().getTag("uri"))) {
                continue; // an SSE stream is long by design, not slow
            }
            String k = key.apply(t);
            Agg add = new Agg(kind, k, t.count(), t.totalTime(TimeUnit.MILLISECONDS), t.max(TimeUnit.MILLISECONDS));
            byKey.merge(k, add, (x, y) -> new Agg(kind, k, x.count() + y.count(), x.totalMs() + y.totalMs(),
                    Math.max(x.maxMs(), y.maxMs())));
        }
        return new ArrayList<>(byKey.values());
    }
}
