package app.dearme.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class HistogramsTest {

    private static NavigableMap<Double, Long> cumulative(double[] bounds, long[] counts) {
        TreeMap<Double, Long> m = new TreeMap<>();
        for (int i = 0; i < bounds.length; i++) {
            m.put(bounds[i], counts[i]);
        }
        return m;
    }

    @Test
    void p95InterpolatesInsideTheBucketThatHoldsTheRank() {
        // 100 requests: 50 ≤ 10 ms, 90 ≤ 50 ms, 100 ≤ 100 ms → rank 95 lies halfway through (50, 100]
        var h = cumulative(new double[] {10, 50, 100}, new long[] {50, 90, 100});
        assertThat(Histograms.percentile(h, 100, 0.95)).isCloseTo(75.0, within(1e-9));
    }

    @Test
    void p95InTheFirstBucketInterpolatesFromZero() {
        var h = cumulative(new double[] {20, 40}, new long[] {100, 100});
        assertThat(Histograms.percentile(h, 100, 0.95)).isCloseTo(19.0, within(1e-9));
    }

    @Test
    void observationsAboveTheTopBucketReportTheTopBound() {
        var h = cumulative(new double[] {10, 50}, new long[] {10, 20});
        assertThat(Histograms.percentile(h, 100, 0.95)).isEqualTo(50.0);
    }

    @Test
    void noObservationsMeansUnknownNotZero() {
        var h = cumulative(new double[] {10, 50}, new long[] {0, 0});
        assertThat(Histograms.percentile(h, 0, 0.95)).isNull();
        assertThat(Histograms.percentile(new TreeMap<>(), 10, 0.95)).isNull();
    }

    @Test
    void deltaOfGrowingHistogramsIsTheWindowsObservations() {
        var before = cumulative(new double[] {10, 50, 100}, new long[] {5, 8, 10});
        var now = cumulative(new double[] {10, 50, 100}, new long[] {55, 98, 110});
        var d = Histograms.delta(now, before).orElseThrow();
        assertThat(d).containsExactlyEntriesOf(cumulative(new double[] {10, 50, 100}, new long[] {50, 90, 100}));
        assertThat(Histograms.percentile(d, 100, 0.95)).isCloseTo(75.0, within(1e-9));
    }

    @Test
    void deltaOfAShrinkingHistogramIsRejected() {
        var before = cumulative(new double[] {10, 50}, new long[] {5, 8});
        var now = cumulative(new double[] {10, 50}, new long[] {3, 9});
        assertThat(Histograms.delta(now, before)).isEmpty();
    }

    @Test
    void mergeSumsTimersAndFillsMissingBoundsFromTheNearestLowerOne() {
        var a = cumulative(new double[] {10, 50}, new long[] {1, 2});
        var b = cumulative(new double[] {10, 30, 50}, new long[] {4, 6, 7});
        var m = Histograms.merge(List.of(a, b));
        assertThat(m).containsExactlyEntriesOf(cumulative(new double[] {10, 30, 50}, new long[] {5, 7, 9}));
    }
}
