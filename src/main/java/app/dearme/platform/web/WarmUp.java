package app.dearme.platform.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Sends a few requests through the whole stack (firewall, security, MVC, JSON, error pages) before the instance
 * reports ready: the first requests after a start paid the lazy initialisation of that path (the first one took
 * ~270 ms, bench/run.sh first, issue 15). Runs after the web server has started and before {@code /health} and
 * {@code /health/readiness} answer 200; bounded to a few seconds, and a failure only costs the warm-up.
 */
@Component
class WarmUp implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(WarmUp.class);
    /** A public JSON read, a protected one (401 problem with the warm-up's unknown token) and a probe. */
    private static final String[] PATHS = {"/api/v1/subscriptions/plans", "/api/v1/diaries?per_page=20",
        "/health/liveness"};

    private final ApplicationContext context;
    private final int rounds;

    WarmUp(ApplicationContext context, @Value("${dearme.web.warm-up-rounds:20}") int rounds) {
        this.context = context;
        this.rounds = rounds;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (rounds <= 0 || !(context instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
            return;
        }
        long t0 = System.nanoTime();
        String base = "http://127.0.0.1:" + web.getWebServer().getPort();
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build()) {
            for (int i = 0; i < rounds && System.nanoTime() - t0 < Duration.ofSeconds(5).toNanos(); i++) {
                for (String path : PATHS) {
                    // an unknown token takes the authentication and problem+json path, as a real client's would
                    HttpRequest r = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(2))
                            .header("Authorization", "Bearer warm-up").header("Accept-Language", i % 2 == 0 ? "ko" : "en")
                            .GET().build();
                    http.send(r, HttpResponse.BodyHandlers.discarding());
                }
            }
        } catch (Exception e) {
            log.debug("Warm-up stopped early: {}", e.toString());
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
        log.info("Request path warmed up in {} ms", (System.nanoTime() - t0) / 1_000_000);
    }
}
