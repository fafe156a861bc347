package app.dearme.platform.db;

import app.dearme.platform.config.DearMeProperties;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Primary;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.context.annotation.Configuration;

/**
 * Primary DataSource: the external PostgreSQL from {@code dearme.db.url}, or an embedded PostgreSQL
 * under {@code dearme.data-dir}. Pool sizes follow the scaling guide's Phase 1 (20, 30-minute lifetime).
 */
@Configuration(proxyBeanMethods = false)
class DataSourceConfig {

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DearMeProperties props) {
        DearMeProperties.Db db = props.db();
        HikariConfig cfg = new HikariConfig();
        if (db.embedded()) {
            EmbeddedPostgres pg = EmbeddedPostgresHolder.start(Path.of(props.dataDir()), db.cleanEmbedded());
            ensureDatabase(pg);
            cfg.setJdbcUrl("jdbc:postgresql://localhost:" + pg.getPort() + "/dearme");
            cfg.setUsername("postgres");
            cfg.setPassword("postgres");
        } else {
            cfg.setJdbcUrl(pooledUrl(db.url(), db));
            cfg.setUsername(db.username());
            cfg.setPassword(db.password());
        }
        cfg.setPoolName("dearme-primary");
        cfg.setMaximumPoolSize(db.poolSize());
        cfg.setMinimumIdle(Math.min(5, db.poolSize()));
        cfg.setMaxLifetime(30 * 60_000L);
        cfg.setKeepaliveTime(5 * 60_000L);
        cfg.setConnectionTimeout(5_000);
        return new HikariDataSource(cfg);
    }

    /**
     * The data source everything uses (JdbcClient, transactions, Flyway) is a lazy proxy: the connection is fetched at
     * the first statement, so a transactional read answered from a cache never takes a pooled connection (under load
     * such reads queued for the pool behind real work, issue 15), and, with a replica, the transaction's read-only flag
     * is known when the connection is chosen: read-only transactions then go through {@link ReplicaReads}.
     */
    @Bean
    @Primary
    LazyConnectionDataSourceProxy routedDataSource(HikariDataSource dataSource, DearMeProperties props,
                                                   RecentWriters writers, MeterRegistry meters) {
        LazyConnectionDataSourceProxy proxy = new LazyConnectionDataSourceProxy(dataSource);
        if (props.db().hasReplica()) {
            proxy.setReadOnlyDataSource(new ReplicaReads(dataSource, props.db(), writers, meters));
        }
        return proxy;
    }

    @Bean
    @Conditional(ReplicaConfigured.class)
    FilterRegistrationBean<WriteMarkFilter> writeMarkFilter(RecentWriters writers) {
        return new FilterRegistrationBean<>(new WriteMarkFilter(writers));
    }

    /** PgBouncer in transaction mode cannot keep server-side prepared statements across transactions. */
    static String pooledUrl(String url, DearMeProperties.Db db) {
        if (db.pgbouncer() && !url.contains("prepareThreshold")) {
            return url + (url.contains("?") ? "&" : "?") + "prepareThreshold=0";
        }
        return url;
    }

    static final class ReplicaConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("dearme.db.replica-url", "");
            return !url.isBlank();
        }
    }

    @Bean
    DirectConnections directConnections(HikariDataSource pool, DearMeProperties props) {
        String direct = props.db().directUrl();
        if (direct != null && !direct.isBlank()) {
            return new DirectConnections(direct, pool.getUsername(), pool.getPassword(), false);
        }
        return new DirectConnections(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword(),
                !props.db().embedded() && props.db().pgbouncer());
    }

    private static void ensureDatabase(EmbeddedPostgres pg) {
        DataSource admin = pg.getPostgresDatabase();
        try (Connection c = admin.getConnection(); Statement st = c.createStatement()) {
            var rs = st.executeQuery("select 1 from pg_database where datname = 'dearme'");
            if (!rs.next()) {
                st.execute("create database dearme");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the embedded database", e);
        }
    }
}
