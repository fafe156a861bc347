package app.dearme.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.mock.env.MockEnvironment;

/** The early start runs initdb and the server beside the context start, and the data source joins that server. */
class EarlyEmbeddedPostgresTest {

    @TempDir
    Path dir;

    private static ApplicationEnvironmentPreparedEvent prepared(MockEnvironment env) {
        return new ApplicationEnvironmentPreparedEvent(null, new SpringApplication(), new String[0], env);
    }

    @Test
    void theDataSourceJoinsTheServerStartedEarly() throws Exception {
        MockEnvironment env = new MockEnvironment().withProperty("dearme.data-dir", dir.toString());
        new EarlyEmbeddedPostgres().onApplicationEvent(prepared(env));
        await().atMost(Duration.ofSeconds(60)).until(() -> Files.exists(dir.resolve("pg").resolve("PG_VERSION")));
        EmbeddedPostgres joined = EmbeddedPostgresHolder.start(dir, false);
        assertThat(EmbeddedPostgresHolder.start(dir, false)).isSameAs(joined);
        try (var c = joined.getPostgresDatabase().getConnection(); var rs = c.createStatement().executeQuery("select 1")) {
            assertThat(rs.next()).isTrue();
        }
    }

    @Test
    void nothingStartsForAnExternalDatabaseOrACleanOne() {
        Path external = dir.resolve("external");
        new EarlyEmbeddedPostgres().onApplicationEvent(prepared(new MockEnvironment()
                .withProperty("dearme.data-dir", external.toString())
                .withProperty("dearme.db.url", "jdbc:postgresql://db.example:5432/dearme")));
        Path clean = dir.resolve("clean");
        new EarlyEmbeddedPostgres().onApplicationEvent(prepared(new MockEnvironment()
                .withProperty("dearme.data-dir", clean.toString()).withProperty("dearme.db.clean-embedded", "true")));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3))
                .until(() -> !Files.exists(external) && !Files.exists(clean));
    }
}
