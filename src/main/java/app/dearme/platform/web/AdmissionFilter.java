package app.dearme.platform.web;

import app.dearme.platform.error.Problems;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Admission control. With virtual threads Tomcat has no thread limit: beyond what the cores can serve, every request
 * in flight shares the CPU, a request holding a pooled connection waits for CPU while holding it, and others time out
 * waiting for the pool (503s at 256 connections, bench/run.sh mixed, issue 15). A fair bulkhead (resilience4j) lets at
 * most {@code dearme.web.max-in-flight} requests run; the others wait at the door, holding nothing, for up to
 * {@code dearme.web.max-queue-wait}, then get 503 with Retry-After. Not counted: streams (a notification stream or a
 * chat reply lives for seconds to hours and waits on I/O, with limits of its own), probes and metrics (they must
 * answer under load).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class AdmissionFilter extends OncePerRequestFilter {

    private final Bulkhead bulkhead;

    AdmissionFilter(@Value("${dearme.web.max-in-flight:64}") int maxInFlight,
                    @Value("${dearme.web.max-queue-wait:30s}") Duration maxWait, MeterRegistry meters) {
        this.bulkhead = Bulkhead.of("requests", BulkheadConfig.custom().maxConcurrentCalls(maxInFlight)
                .maxWaitDuration(maxWait).fairCallHandlingStrategyEnabled(true).build());
        Gauge.builder("dearme.http.in_flight", bulkhead, b -> maxInFlight - b.getMetrics().getAvailableConcurrentCalls())
                .description("Requests admitted and running (streams and probes not counted)").register(meters);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return exempt(request.getRequestURI());
    }

    static boolean exempt(String path) {
        return path.startsWith("/health") || path.equals("/metrics") || path.startsWith("/actuator")
                || path.equals("/api/v1/notifications/stream")
                || (path.startsWith("/api/v1/chats/") && (path.endsWith("/messages") || path.endsWith("/messages/stream")));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!bulkhead.tryAcquirePermission()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "2");
            Problems.write(request, response, 503, "unavailable", "The service is busy; try again shortly.",
                    "요청이 많아요. 잠시 후 다시 시도해 주세요.");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            bulkhead.onComplete();
        }
    }
}
