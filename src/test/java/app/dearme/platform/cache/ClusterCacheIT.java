package app.dearme.platform.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.dearme.persona.PersonaFixtures;
import app.dearme.support.TwoInstanceTest;
import app.dearme.support.TestApi;
import app.dearme.support.TestUsers;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Cached data stays coherent across instances: a write served by one instance evicts the entry that another
 * instance cached, at commit, through PostgreSQL NOTIFY. Each check first makes the second instance cache the
 * value, then changes it through the first one; without the broadcast the second would serve the old value for
 * the cache's TTL (an hour for personas, a day for sessions).
 */
class ClusterCacheIT extends TwoInstanceTest {

    private static final Duration PROPAGATION = Duration.ofSeconds(5);

    @Autowired
    CacheManager caches;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    DataSource dataSource;

    @Test
    void aPersonaRenamedOnOneInstanceIsFreshOnTheOther() {
        TestUsers.User u = users.aUser();
        new PersonaFixtures(api, jdbc).quizPersona(u);
        TestApi other = second.api();
        String token = second.login(u);
        String before = other.get("/api/v1/personas/me").auth(token).expect(200).json().get("name").asString();
        assertThat(other.get("/api/v1/personas/me").auth(token).expect(200).json().get("name").asString())
                .isEqualTo(before); // now cached on the second instance

        api.put("/api/v1/personas/me", Map.of("name", "새 이름의 나")).auth(u).expect(200);

        await().atMost(PROPAGATION).untilAsserted(() -> assertThat(other.get("/api/v1/personas/me").auth(token)
                .expect(200).json().get("name").asString()).isEqualTo("새 이름의 나"));
    }

    @Test
    void aSessionRevokedOnOneInstanceIsRejectedByTheOther() {
        TestUsers.User u = users.aUser();
        String token = second.login(u);
        TestApi other = second.api();
        other.get("/api/v1/diaries/stats").auth(token).expect(200); // the session's "alive" is cached there
        long sessionId = api.get("/api/v1/auth/sessions").auth(u).expect(200).json().get("items").valueStream()
                .filter(s -> !s.get("current").asBoolean()).findFirst().orElseThrow().get("id").asLong();

        api.delete("/api/v1/auth/sessions/" + sessionId).auth(u).expect(204);

        await().atMost(PROPAGATION).untilAsserted(() ->
                assertThat(other.get("/api/v1/diaries/stats").auth(token).send().status()).isEqualTo(401));
    }

    @Test
    void diaryStatsCachedOnOneInstanceCountADiaryWrittenOnTheOther() {
        TestUsers.User u = users.aUser();
        String token = second.login(u);
        TestApi other = second.api();
        assertThat(other.get("/api/v1/diaries/stats").auth(token).expect(200).json().get("total_count").asLong()).isZero();
        // the list's first page and this week's insight are cached there too: one write evicts all of them
        assertThat(other.get("/api/v1/diaries").auth(token).expect(200).json().get("total").asLong()).isZero();
        assertThat(other.get("/api/v1/diaries/weekly-insight").auth(token).expect(200).json().get("last_diary_date")
                .isNull()).isTrue();

        new PersonaFixtures(api, jdbc).diaries(u, 1, false);

        await().atMost(PROPAGATION).untilAsserted(() -> {
            assertThat(other.get("/api/v1/diaries/stats").auth(token).expect(200).json().get("total_count").asLong())
                    .isEqualTo(1);
            assertThat(other.get("/api/v1/diaries").auth(token).expect(200).json().get("total").asLong()).isEqualTo(1);
            assertThat(other.get("/api/v1/diaries/weekly-insight").auth(token).expect(200).json().get("last_diary_date")
                    .isNull()).isFalse();
        });
    }

    /** A reader that loaded the old row must not put it back after a write evicted it (issue 15's lock-free load). */
    @Test
    void aLoadThatRacedAnEvictionDoesNotStoreWhatItLoaded() {
        org.springframework.cache.Cache c = caches.getCache("raceCheck");
        long key = 4_242_424L;
        String loaded = c.get(key, () -> {
            c.evict(key); // a write commits while this load is running
            return "old";
        });
        assertThat(loaded).isEqualTo("old");
        assertThat(c.get(key)).as("the raced load was not stored").isNull();
        assertThat(c.get(key, () -> "new")).isEqualTo("new");
        assertThat(c.get(key).get()).isEqualTo("new");
    }

    @Test
    void anEvictionIsBroadcastOnlyWhenItsTransactionCommits() throws Exception {
        String url = dataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class).getJdbcUrl();
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres"); Statement st = c.createStatement()) {
            st.execute("LISTEN " + ClusterCacheManager.CHANNEL);
            long rolledBack = 9_000_000_001L;
            long committed = 9_000_000_002L;
            tx.executeWithoutResult(s -> {
                caches.getCache(CacheConfig.PERSONA).evict(rolledBack);
                s.setRollbackOnly();
            });
            tx.executeWithoutResult(s -> caches.getCache(CacheConfig.PERSONA).evict(committed));

            List<String> received = new ArrayList<>();
            PGConnection pg = c.unwrap(PGConnection.class);
            long deadline = System.nanoTime() + PROPAGATION.toNanos();
            while (received.stream().noneMatch(p -> p.contains(Long.toString(committed))) && System.nanoTime() < deadline) {
                PGNotification[] batch = pg.getNotifications(200);
                if (batch != null) {
                    for (PGNotification n : batch) {
                        received.add(n.getParameter());
                    }
                }
            }
            assertThat(received).anyMatch(p -> p.contains(Long.toString(committed)) && p.contains("persona"));
            assertThat(received).noneMatch(p -> p.contains(Long.toString(rolledBack)));
        }
    }
}
