package app.dearme.ops;

import java.util.Collection;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Cumulative bucket histograms (upper bound in ms → observations ≤ bound), as Micrometer's
 * {@code histogramCounts()} reports them. Percentiles are interpolated linearly inside a bucket,
 * like Prometheus' {@code histogram_quantile}.
 */
final class Histograms {

    private Histograms() {
    }

    /** Sums several cumulative histograms; bounds one of them lacks count with its nearest lower bound. */
    static NavigableMap<Double, Long> merge(Collection<NavigableMap<Double, Long>> parts) {
        TreeMap<Double, Long> out = new TreeMap<>();
        parts.forEach(p -> p.keySet().forEach(b -> out.put(b, 0L)));
        for (NavigableMap<Double, Long> p : parts) {
            for (Map.Entry<Double, Long> e : out.entrySet()) {
                Map.Entry<Double, Long> floor = p.floorEntry(e.getKey());
                if (floor != null) {
                    e.setValue(e.getValue() + floor.getValue());
                }
            }
        }
        return out;
    }

    /**
     * Observations between two snapshots of a cumulative histogram; empty when the histogram did not
     * only grow (a decaying/rotating histogram or a restart), so the caller can fall back.
     */
    static Optional<NavigableMap<Double, Long>> delta(NavigableMap<Double, Long> now, NavigableMap<Double, Long> before) {
        TreeMap<Double, Long> out = new TreeMap<>();
        for (Map.Entry<Double, Long> e : now.entrySet()) {
            Map.Entry<Double, Long> b = before.floorEntry(e.getKey());
            long d = e.getValue() - (b == null ? 0 : b.getValue());
            if (d < 0) {
                return Optional.empty();
            }
            out.put(e.getKey(), d);
        }
        return Optional.of(out);
    }

    /**
     * The q-quantile (0–1) of {@code total} observations, or null when there are none. Observations
     * above the top bucket are reported as the top bound (a lower estimate, as Prometheus does).
     */
    static Double percentile(NavigableMap<Double, Long> cumulative, long total, double q) {
        if (total <= 0 || cumulative.isEmpty()) {
            return null;
        }
        double target = q * total;
        double prevBound = 0;
        long prevCount = 0;
        for (Map.Entry<Double, Long> e : cumulative.entrySet()) {
            long count = e.getValue();
            if (count >= target) {
                if (count == prevCount) {
                    return e.getKey();
                }
                return prevBound + (e.getKey() - prevBound) * (target - prevCount) / (count - prevCount);
            }
            prevBound = e.getKey();
            prevCount = count;
        }
        return cumulative.lastKey();
    }
}
