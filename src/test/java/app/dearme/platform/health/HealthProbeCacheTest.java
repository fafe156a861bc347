package app.dearme.platform.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/** Probes are cheap (issue 15): a burst of probes costs one database round trip, not one each. */
class HealthProbeCacheTest {

    @Test
    void aBurstOfProbesMakesOneDatabaseRoundTrip() {
        AtomicInteger queries = new AtomicInteger();
        JdbcTemplate counting = new JdbcTemplate() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> T queryForObject(String sql, Class<T> type) {
                queries.incrementAndGet();
                return (T) Integer.valueOf(1);
            }
        };
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        HealthController health = new HealthController(counting, beans.getBeanProvider(org.springframework.boot.health.contributor.HealthIndicator.class),
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
        for (int i = 0; i < 200; i++) {
            assertThat(health.readiness().getStatusCode().value()).isEqualTo(200);
            health.health();
        }
        assertThat(queries).as("round trips for 400 probes within a second").hasValueBetween(1, 2);
    }

    /** The web server answers before the start-up runners finish; until then the instance says it is starting. */
    @Test
    void healthAndReadinessSayStartingUntilTheApplicationIsReady() {
        JdbcTemplate up = new JdbcTemplate() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> T queryForObject(String sql, Class<T> type) {
                return (T) Integer.valueOf(1);
            }
        };
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        HealthController health = new HealthController(up, beans.getBeanProvider(org.springframework.boot.health.contributor.HealthIndicator.class),
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), new org.springframework.mock.env.MockEnvironment());
        assertThat(health.health().getStatusCode().value()).isEqualTo(503);
        assertThat(health.health().getBody()).containsEntry("status", "STARTING");
        assertThat(health.readiness().getStatusCode().value()).isEqualTo(503);
        assertThat(health.liveness()).containsEntry("status", "UP");
        health.onReady();
        assertThat(health.health().getStatusCode().value()).isEqualTo(200);
        assertThat(health.readiness().getStatusCode().value()).isEqualTo(200);
    }
}
