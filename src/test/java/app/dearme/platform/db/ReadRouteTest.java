package app.dearme.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReadRouteTest {

    private static final Duration MAX = Duration.ofSeconds(5);

    @Test
    void aUsersReadGoesToAHealthyReplica() {
        assertThat(ReadRoute.decide(7L, false, Duration.ofMillis(30), MAX)).isEqualTo(ReadRoute.REPLICA);
        assertThat(ReadRoute.decide(7L, false, MAX, MAX)).isEqualTo(ReadRoute.REPLICA);
    }

    @Test
    void backgroundWorkReadsThePrimary() {
        assertThat(ReadRoute.decide(null, false, Duration.ZERO, MAX)).isEqualTo(ReadRoute.PRIMARY_NO_USER);
    }

    @Test
    void aRecentWriterReadsThePrimary() {
        assertThat(ReadRoute.decide(7L, true, Duration.ZERO, MAX)).isEqualTo(ReadRoute.PRIMARY_RECENT_WRITE);
    }

    @Test
    void aDownOrLaggingReplicaTakesNoReads() {
        assertThat(ReadRoute.decide(7L, false, null, MAX)).isEqualTo(ReadRoute.PRIMARY_REPLICA_DOWN);
        assertThat(ReadRoute.decide(7L, false, MAX.plusMillis(1), MAX)).isEqualTo(ReadRoute.PRIMARY_REPLICA_LAGGING);
        assertThat(ReadRoute.PRIMARY_REPLICA_LAGGING.target()).isEqualTo("primary");
        assertThat(ReadRoute.REPLICA.target()).isEqualTo("replica");
    }
}
