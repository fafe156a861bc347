package app.dearme.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * This instance's live figures over the last {@code dearme.ops.history} (default one hour), one point per ticker
 * interval (default 10 s), kept in a bounded in-memory ring for the admin page's charts. Counters (cache reads, AI
 * calls, tokens, cost) are stored as the increase within the interval, gauges as their value at the tick.
 * Per instance on purpose: Prometheus holds the cluster-wide, long-term series; this is what the page can show
 * without one.
 */
@Component
class OpsHistory {

    static final String JOB_QUEUE_DEPTH = "dearme_jobs_queue_depth";
    static final String JOB_OLDEST_AGE = "dearme_jobs_oldest_queued_age_seconds";

    private final HttpTraffic http;
    private final RuntimeFigures runtime;
    private final MeterRegistry registry;
    private final InstanceRegistry instances;
    private final Duration interval;
    private final Ring<OpsDtos.Point> ring;
    private Totals last;

    /** Cumulative counts at one tick. */
    record Totals(long cacheHits, long cacheRequests, double aiCalls, double aiTokens, double aiCostUsd) {
    }

    OpsHistory(HttpTraffic http, RuntimeFigures runtime, MeterRegistry registry, InstanceRegistry instances,
               OpsProperties props) {
        this.http = http;
        this.runtime = runtime;
        this.registry = registry;
        this.instances = instances;
        this.interval = props.sampleInterval().compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1)
                : props.sampleInterval();
        this.ring = new Ring<>(capacity(props.history(), interval));
    }

    static int capacity(Duration history, Duration interval) {
        return (int) Math.max(1, Math.min(100_000, history.toMillis() / Math.max(1, interval.toMillis())));
    }

    synchronized void sample() {
        Totals now = totals();
        Totals base = last == null ? now : last;
        last = now;
        OpsDtos.Http h = http.figures();
        OpsDtos.DbPool pool = runtime.dbPool();
        long cacheRequests = Math.max(0, now.cacheRequests() - base.cacheRequests());
        long cacheHits = Math.max(0, now.cacheHits() - base.cacheHits());
        Double gaugeDepth = gauge(JOB_QUEUE_DEPTH);
        ring.add(new OpsDtos.Point(System.currentTimeMillis(), h.requestsPerSecond(), h.p95Ms(), h.errorRate(),
                h.inFlight(), pool.active(), pool.idle(), pool.waiting(), pool.max(),
                cacheRequests == 0 ? null : HttpTraffic.round((double) cacheHits / cacheRequests, 4), cacheHits,
                cacheRequests, gaugeDepth == null ? null : Math.round(gaugeDepth), gauge(JOB_OLDEST_AGE),
                Math.round(Math.max(0, now.aiCalls() - base.aiCalls())),
                Math.round(Math.max(0, now.aiTokens() - base.aiTokens())),
                HttpTraffic.round(Math.max(0, now.aiCostUsd() - base.aiCostUsd()), 6)));
    }

    OpsDtos.History history() {
        return new OpsDtos.History(instances.id(), interval.toMillis() / 1000.0, ring.capacity(), ring.snapshot());
    }

    List<OpsDtos.Point> points() {
        return ring.snapshot();
    }

    Duration interval() {
        return interval;
    }

    private Totals totals() {
        RuntimeFigures.CacheCounts c = runtime.cacheCounts();
        return new Totals(c.hits(), c.requests(), counterSum("dearme.ai.requests"), counterSum("dearme.ai.tokens"),
                counterSum("dearme.ai.cost.usd"));
    }

    private double counterSum(String name) {
        return registry.find(name).counters().stream().mapToDouble(Counter::count).sum();
    }

    /** A gauge's current value; null when the meter is not registered or reads NaN (its query failed). */
    Double gauge(String name) {
        Gauge g = registry.find(name).gauge();
        if (g == null) {
            return null;
        }
        double v = g.value();
        return Double.isNaN(v) ? null : v;
    }
}
