package app.dearme.platform.health;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import app.dearme.platform.error.ApiException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** SPEC §2: /health with components, Kubernetes probes, and Prometheus text at the seed's /metrics path. */
@RestController
class HealthController {

    /**
     * The AI module's Actuator health indicator, by bean name: the platform reads the AI component without
     * depending on the ai module (which would be a module cycle, issue 17). The indicator reports the status and
     * its details (engine, circuit, fallback_active), rendered here as the "ai" component.
     */
    static final String AI_INDICATOR = "aiHealthIndicator";

    private final JdbcTemplate jdbc;
    private final ObjectProvider<HealthIndicator> ai;
    private final PrometheusMeterRegistry prometheus;
    /** With a separate management port (prod) the scraper reads that port's /metrics; the public port has none. */
    private final boolean metricsOnAppPort;

    HealthController(JdbcTemplate jdbc, ObjectProvider<HealthIndicator> ai, PrometheusMeterRegistry prometheus) {
        this(jdbc, ai, prometheus, new org.springframework.core.env.StandardEnvironment());
        this.ready = true;
    }

    /**
     * False until the application is ready: the web server answers before the start-up runners (the request-path
     * warm-up, {@code app.dearme.platform.web.WarmUp}) have finished, and an instance that would serve its first
     * requests several times slower is not ready yet (issue 15).
     */
    private volatile boolean ready;

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        ready = true;
    }

    private static <V> ResponseEntity<Map<String, V>> starting(V status) {
        return ResponseEntity.status(503).header("Retry-After", "1").body(Map.of("status", status));
    }

    @org.springframework.beans.factory.annotation.Autowired
    HealthController(JdbcTemplate jdbc, @Qualifier(AI_INDICATOR) ObjectProvider<HealthIndicator> ai,
                     PrometheusMeterRegistry prometheus, Environment env) {
        String management = env.getProperty("management.server.port", "");
        // "0" is a random port of its own (tests), never the app's
        this.metricsOnAppPort = management.isBlank()
                || (!"0".equals(management) && management.equals(env.getProperty("server.port", "8080")));
        this.jdbc = jdbc;
        this.ai = ai;
        this.prometheus = prometheus;
    }

    @GetMapping("/health")
    ResponseEntity<Map<String, Object>> health() {
        if (!ready) {
            return starting((Object) "STARTING");
        }
        Map<String, Object> components = new LinkedHashMap<>();
        boolean dbUp = dbUp();
        components.put("db", Map.of("status", dbUp ? "UP" : "DOWN"));
        components.put("ai", aiComponent(ai.getIfAvailable()));
        boolean up = dbUp;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", up ? "UP" : "DOWN");
        body.put("components", components);
        return ResponseEntity.status(up ? 200 : 503).body(body);
    }

    @GetMapping("/health/liveness")
    Map<String, String> liveness() {
        return Map.of("status", "UP");
    }

    @GetMapping("/health/readiness")
    ResponseEntity<Map<String, String>> readiness() {
        if (!ready) {
            return starting("STARTING");
        }
        boolean up = dbUp();
        return ResponseEntity.status(up ? 200 : 503).body(Map.of("status", up ? "UP" : "DOWN"));
    }

    @GetMapping(value = "/metrics", produces = "text/plain;version=0.0.4;charset=utf-8")
    ResponseEntity<String> metrics() {
        if (!metricsOnAppPort) {
            throw ApiException.notFound("페이지");
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/plain;version=0.0.4;charset=utf-8"))
                .body(prometheus.scrape());
    }

    /**
     * The "ai" component: the AI module's indicator flattened to {status, details…} (SPEC §2). Without an indicator
     * (no AI engine wired) the component is DOWN with engine "none"; it never decides the overall status.
     */
    private static Map<String, Object> aiComponent(HealthIndicator indicator) {
        Health health = indicator == null ? null : indicator.health();
        if (health == null) {
            return Map.of("status", "DOWN", "engine", "none");
        }
        Map<String, Object> component = new LinkedHashMap<>();
        component.put("status", health.getStatus().getCode());
        component.putAll(health.getDetails());
        return component;
    }

    /**
     * The database probe, answered from the last check for up to a second: probes from load balancers, Kubernetes
     * and monitoring then cost one round trip a second per instance, not one per request (issue 15), and a
     * database that goes away is still reported within a second.
     */
    private boolean dbUp() {
        long now = System.nanoTime();
        DbProbe last = lastProbe;
        if (last != null && now - last.atNanos() < PROBE_TTL_NANOS) {
            return last.up();
        }
        boolean up;
        try {
            Integer one = jdbc.queryForObject("select 1", Integer.class);
            up = one != null && one == 1;
        } catch (RuntimeException e) {
            up = false;
        }
        lastProbe = new DbProbe(up, now);
        return up;
    }

    private static final long PROBE_TTL_NANOS = 1_000_000_000L;
    private volatile DbProbe lastProbe;

    private record DbProbe(boolean up, long atNanos) {
    }
}
