package app.dearme.ops;

import io.micrometer.core.instrument.LongTaskTimer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.CountAtBucket;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * Live HTTP figures from the {@code http.server.requests} timers. The timers only ever count up, so
 * rate, p95 and error share are computed between now and a sample taken about {@code rate-window}
 * ago; samples are taken by {@link OpsTicker} and once at start-up.
 */
@Component
class HttpTraffic {

    static final String TIMER = "http.server.requests";

    /** latencyCount / buckets: requests without the SSE streams (see {@link #isStream}). */
    record Sample(long atNanos, long count, long errors, long latencyCount, NavigableMap<Double, Long> buckets) {
    }

    /**
     * The long-lived SSE streams (open as long as a tab is): counted as requests, but left out of the latency p95
     * and the bottleneck ranking, as the alerts and dashboards do (their {@code uri!~} matcher is the same).
     */
    static final java.util.regex.Pattern STREAMS =
            java.util.regex.Pattern.compile("/api/v1/notifications/stream|/api/v1/chats/.+/messages/stream");

    static boolean isStream(String uri) {
        return uri != null && STREAMS.matcher(uri).matches();
    }

    private final MeterRegistry registry;
    private final long windowNanos;
    private final long keepNanos;
    private final Deque<Sample> samples = new ArrayDeque<>();

    HttpTraffic(MeterRegistry registry, OpsProperties props) {
        this.registry = registry;
        this.windowNanos = props.rateWindow().toNanos();
        this.keepNanos = windowNanos + 3 * props.sampleInterval().toNanos();
        sample();
    }

    synchronized void sample() {
        Sample s = read();
        samples.addLast(s);
        while (samples.size() > 2 && s.atNanos() - samples.peekFirst().atNanos() > keepNanos) {
            samples.removeFirst();
        }
    }

    OpsDtos.Http figures() {
        Sample now = read();
        Sample base = baseline(now.atNanos());
        double seconds = (now.atNanos() - base.atNanos()) / 1e9;
        long requests = now.count() - base.count();
        Double rps = seconds > 0 && requests >= 0 ? round(requests / seconds, 3) : null;
        Double errorRate = requests > 0 ? round((double) (now.errors() - base.errors()) / requests, 4) : null;
        Double p95 = Histograms.delta(now.buckets(), base.buckets())
                .map(d -> Histograms.percentile(d, now.latencyCount() - base.latencyCount(), 0.95))
                // a decaying histogram (not Prometheus'): its current content is already a recent window
                .orElseGet(() -> Histograms.percentile(now.buckets(),
                        now.buckets().isEmpty() ? 0 : now.buckets().lastEntry().getValue(), 0.95));
        return new OpsDtos.Http(rps, p95 == null ? null : round(p95, 1), errorRate, inFlight(), round(seconds, 1));
    }

    /** The newest sample at least a window old, else the oldest one (just after start-up). */
    private synchronized Sample baseline(long nowNanos) {
        Sample pick = samples.peekFirst();
        for (Sample s : samples) {
            if (nowNanos - s.atNanos() >= windowNanos) {
                pick = s;
            }
        }
        return pick;
    }

    private Long inFlight() {
        Collection<LongTaskTimer> active = registry.find(TIMER + ".active").longTaskTimers();
        if (active.isEmpty()) {
            return null;
        }
        return active.stream().mapToLong(LongTaskTimer::activeTasks).sum();
    }

    private Sample read() {
        long at = System.nanoTime();
        long count = 0;
        long errors = 0;
        long latencyCount = 0;
        List<NavigableMap<Double, Long>> parts = new ArrayList<>();
        for (Timer t : registry.find(TIMER).timers()) {
            long c = t.count();
            count += c;
            String status = t.getId().getTag("status");
            if (status != null && status.startsWith("5")) {
                errors += c;
            }
            if (isStream(t.getId().getTag("uri"))) {
                continue;
            }
            latencyCount += c;
            TreeMap<Double, Long> b = new TreeMap<>();
            for (CountAtBucket cab : t.takeSnapshot().histogramCounts()) {
                b.put(cab.bucket(TimeUnit.MILLISECONDS), (long) cab.count());
            }
            if (!b.isEmpty()) {
                parts.add(b);
            }
        }
        return new Sample(at, count, errors, latencyCount, Histograms.merge(parts));
    }

    static double round(double v, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }
}
