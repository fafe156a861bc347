package app.dearme.platform.cache;

import static org.assertj.core.api.Assertions.assertThat;

import app.dearme.platform.config.DearMeProperties;
import app.dearme.platform.redis.SharedRedis;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.ServerSocket;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import redis.embedded.RedisServer;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/** Two level-2 views stand for two instances sharing one Redis. */
class RedisLevel2Test {

    record Profile(long id, String displayName, List<String> interests, OffsetDateTime updatedAt) {
    }

    private RedisServer server;
    private List<SharedRedis> clients;
    private RedisLevel2 first;
    private RedisLevel2 second;
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @BeforeEach
    void start() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        server = new RedisServer(port);
        server.start();
        DearMeProperties props = new Binder(new MapConfigurationPropertySource(Map.of(
                "dearme.redis.url", "redis://127.0.0.1:" + port))).bindOrCreate("dearme", DearMeProperties.class);
        JsonMapper json = JsonMapper.builder().propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();
        clients = List.of(new SharedRedis(props, meters), new SharedRedis(props, meters));
        first = new RedisLevel2(clients.get(0), json, CacheConfig.TTLS, meters);
        second = new RedisLevel2(clients.get(1), json, CacheConfig.TTLS, meters);
    }

    @AfterEach
    void stop() throws Exception {
        clients.forEach(SharedRedis::destroy);
        if (server.isActive()) {
            server.stop();
        }
    }

    @Test
    void aValueOneInstanceLoadedServesTheOther() {
        Profile p = new Profile(7, "보리", List.of("산책", "고양이"), OffsetDateTime.parse("2026-12-01T01:00:00Z")); // as pgJDBC returns it: UTC
        first.put(CacheConfig.PERSONA, 7L, p);
        first.put(CacheConfig.AUTH_SESSION, 42L, Boolean.TRUE);
        assertThat(second.get(CacheConfig.PERSONA, 7L)).isEqualTo(p);
        assertThat(second.get(CacheConfig.AUTH_SESSION, 42L)).isEqualTo(Boolean.TRUE);
        assertThat(second.get(CacheConfig.AUTH_SESSION, 43L)).isNull();
    }

    @Test
    void anEvictionKeepsARacingReaderFromPuttingTheOldValueBack() {
        first.put(CacheConfig.AUTH_SESSION, 42L, Boolean.TRUE);
        first.evict(CacheConfig.AUTH_SESSION, 42L);
        second.put(CacheConfig.AUTH_SESSION, 42L, Boolean.TRUE); // loaded before the revocation committed
        assertThat(first.get(CacheConfig.AUTH_SESSION, 42L)).isNull();
    }

    @Test
    void clearRemovesOneCacheOnly() {
        first.put(CacheConfig.DIARY_STATS, 1L, "a");
        first.put(CacheConfig.DIARY_STATS, 2L, "b");
        first.put(CacheConfig.PERSONA, 1L, "p");
        first.clear(CacheConfig.DIARY_STATS);
        assertThat(second.get(CacheConfig.DIARY_STATS, 1L)).isNull();
        assertThat(second.get(CacheConfig.DIARY_STATS, 2L)).isNull();
        assertThat(second.get(CacheConfig.PERSONA, 1L)).isEqualTo("p");
    }

    @Test
    void redisDownIsAMissAndCounted() throws Exception {
        first.put(CacheConfig.PERSONA, 1L, "p");
        server.stop();
        assertThat(first.get(CacheConfig.PERSONA, 1L)).isNull();
        first.put(CacheConfig.PERSONA, 2L, "q");
        assertThat(meters.find("dearme.redis.errors").counters().stream().mapToDouble(c -> c.count()).sum())
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void classesOutsideTheAppAreNeverInstantiated() {
        first.put(CacheConfig.PERSONA, 9L, new java.util.ArrayList<>(List.of("x")));
        assertThat(second.get(CacheConfig.PERSONA, 9L)).isNull();
    }
}
