package app.dearme.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** At most N requests run; the next waits, then gets a 503 problem; streams and probes are never held back. */
class AdmissionFilterTest {

    @Test
    void aFullServiceMakesTheNextRequestWaitThenAnswers503WhileStreamsAndProbesPass() throws Exception {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        AdmissionFilter filter = new AdmissionFilter(1, Duration.ofMillis(200), meters);
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread first = Thread.ofVirtual().start(() -> {
            try {
                filter.doFilter(get("/api/v1/diaries"), new MockHttpServletResponse(), (req, res) -> {
                    inside.countDown();
                    try {
                        release.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(meters.get("dearme.http.in_flight").gauge().value()).isEqualTo(1.0);

        MockHttpServletResponse refused = new MockHttpServletResponse();
        long start = System.nanoTime();
        filter.doFilter(get("/api/v1/diaries/stats"), refused, new MockFilterChain());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("waited for a permit first")
                .isGreaterThanOrEqualTo(Duration.ofMillis(150));
        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(refused.getHeader("Retry-After")).isEqualTo("2");

        for (String exempt : new String[] {"/health/readiness", "/metrics", "/api/v1/notifications/stream",
                "/api/v1/chats/7/messages", "/api/v1/chats/7/messages/stream"}) {
            MockHttpServletResponse r = new MockHttpServletResponse();
            MockFilterChain chain = new MockFilterChain();
            filter.doFilter(get(exempt), r, chain);
            assertThat(chain.getRequest()).as(exempt).isNotNull();
            assertThat(r.getStatus()).as(exempt).isEqualTo(200);
        }

        release.countDown();
        first.join(5_000);
        MockFilterChain after = new MockFilterChain();
        filter.doFilter(get("/api/v1/diaries"), new MockHttpServletResponse(), after);
        assertThat(after.getRequest()).as("the permit came back").isNotNull();
        assertThat(meters.get("dearme.http.in_flight").gauge().value()).isZero();
    }

    private static MockHttpServletRequest get(String path) {
        MockHttpServletRequest r = new MockHttpServletRequest("GET", path);
        r.setRequestURI(path);
        return r;
    }
}
