package app.dearme.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dearme.platform.config.DearMeProperties;
import app.dearme.platform.error.ApiException;
import app.dearme.platform.redis.SharedRedis;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import redis.embedded.RedisServer;

/** Three limiters stand for three instances: with Redis they share one bucket per key, without it each has its own. */
class SharedRateLimitTest {

    private RedisServer server;
    private int port;
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final java.util.List<SharedRedis> opened = new java.util.ArrayList<>();

    @BeforeEach
    void startRedis() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        server = new RedisServer(port);
        server.start();
    }

    @AfterEach
    void stopRedis() throws Exception {
        opened.forEach(SharedRedis::destroy); // no client left reconnecting to a stopped server
        if (server.isActive()) {
            server.stop();
        }
    }

    @Test
    void attemptsSpreadOverThreeInstancesShareOneLimit() {
        RateLimiter[] instances = {limiter(true), limiter(true), limiter(true)};
        for (int i = 0; i < 5; i++) {
            int n = i;
            assertThatCode(() -> instances[n % 3].consume("login:acct:a@b.c", 5)).doesNotThrowAnyException();
        }
        assertThatThrownBy(() -> instances[2].consume("login:acct:a@b.c", 5))
                .isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(((ApiException) e).status().value()).isEqualTo(429));
        assertThatCode(() -> instances[0].consume("login:acct:other@b.c", 5)).doesNotThrowAnyException();
    }

    @Test
    void withoutRedisEachInstanceCountsAlone() {
        RateLimiter a = limiter(false);
        RateLimiter b = limiter(false);
        for (int i = 0; i < 5; i++) {
            a.consume("k", 5);
        }
        assertThatThrownBy(() -> a.consume("k", 5)).isInstanceOf(ApiException.class);
        assertThatCode(() -> b.consume("k", 5)).doesNotThrowAnyException();
    }

    @Test
    void redisDownFallsBackToPerInstanceLimitsAndCountsTheErrors() throws Exception {
        RateLimiter a = limiter(true);
        a.consume("k", 3);
        server.stop();
        for (int i = 0; i < 3; i++) {
            assertThatCode(() -> a.consume("k", 3)).doesNotThrowAnyException();
        }
        assertThatThrownBy(() -> a.consume("k", 3)).isInstanceOf(ApiException.class);
        assertThat(meters.find("dearme.redis.errors").counter().count()).isGreaterThanOrEqualTo(4);
    }

    private RateLimiter limiter(boolean withRedis) {
        Map<String, String> cfg = withRedis
                ? Map.of("dearme.redis.url", "redis://127.0.0.1:" + port, "dearme.redis.timeout", "300ms")
                : Map.of();
        DearMeProperties props = new Binder(new MapConfigurationPropertySource(cfg))
                .bindOrCreate("dearme", DearMeProperties.class);
        SharedRedis redis = new SharedRedis(props, meters);
        opened.add(redis);
        return new RateLimiter(props, redis);
    }
}
