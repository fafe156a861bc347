package app.dearme.platform.db;

import app.dearme.platform.security.CurrentUser;
import app.dearme.platform.config.DearMeProperties;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.AbstractDataSource;

/**
 * The data source of read-only transactions when {@code dearme.db.replica-url} is set: the replica when
 * {@link ReadRoute} allows it, else the primary. A probe measures the replica's lag every second; a replica that is
 * down or lagging beyond {@code dearme.db.replica-max-lag} takes no reads until the probe sees it healthy again, and a
 * connection that fails to open sends that read to the primary at once and marks the replica down.
 */
final class ReplicaReads extends AbstractDataSource implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ReplicaReads.class);

    private final DataSource primary;
    private final HikariDataSource replica;
    private final RecentWriters writers;
    private final Duration maxLag;
    private final Map<ReadRoute, Counter> routes = new EnumMap<>(ReadRoute.class);
    private final Thread probe;
    /** Null while the replica is unreachable (or not yet measured). */
    private volatile Duration lag;

    ReplicaReads(DataSource primary, DearMeProperties.Db db, RecentWriters writers, MeterRegistry meters) {
        this.primary = primary;
        this.writers = writers;
        this.maxLag = db.replicaMaxLag();
        this.replica = pool(db, meters);
        for (ReadRoute r : ReadRoute.values()) {
            routes.put(r, Counter.builder("dearme.db.route").description("Read-only transactions by target")
                    .tag("target", r.target()).tag("reason", r.name().toLowerCase()).register(meters));
        }
        Gauge.builder("dearme.db.replica.lag", this, r -> r.lag == null ? Double.NaN : r.lag.toMillis() / 1000.0)
                .description("Replica replay lag in seconds (NaN while unreachable)").baseUnit("seconds")
                .register(meters);
        probe = Thread.ofPlatform().daemon().name("replica-probe").start(this::probeLoop);
    }

    @Override
    public Connection getConnection() throws SQLException {
        Long user = CurrentUser.id();
        Duration seen = lag;
        // the window check may cost a Redis round trip: only when the replica could serve at all
        boolean recent = user != null && seen != null && writers.isRecent(user);
        ReadRoute route = ReadRoute.decide(user, recent, seen, maxLag);
        if (route == ReadRoute.REPLICA) {
            try {
                Connection c = replica.getConnection();
                routes.get(route).increment();
                return c;
            } catch (SQLException e) {
                lag = null;
                log.warn("Replica connection failed, reads go to the primary until the probe sees it again: {}",
                        e.toString());
                route = ReadRoute.PRIMARY_REPLICA_DOWN;
            }
        }
        routes.get(route).increment();
        return primary.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLException("Not supported: the pools own their credentials");
    }


    private void probeLoop() {
        while (!Thread.currentThread().isInterrupted()) {
            lag = measure();
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Replay lag; zero when everything received is replayed (an idle primary makes timestamp lag grow). */
    private Duration measure() {
        try (Connection c = replica.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("""
                     select case when not pg_is_in_recovery()
                                   or pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() then 0
                                 else coalesce(extract(epoch from now() - pg_last_xact_replay_timestamp()), 0) end""")) {
            rs.next();
            return Duration.ofMillis(Math.round(rs.getDouble(1) * 1000));
        } catch (SQLException e) {
            if (lag != null) {
                log.warn("Replica unreachable, reads go to the primary: {}", e.toString());
            }
            return null;
        }
    }

    private static HikariDataSource pool(DearMeProperties.Db db, MeterRegistry meters) {
        HikariConfig cfg = new HikariConfig();
        cfg.setJdbcUrl(DataSourceConfig.pooledUrl(db.replicaUrl(), db));
        cfg.setUsername(db.username());
        cfg.setPassword(db.password());
        cfg.setPoolName("dearme-replica");
        cfg.setMaximumPoolSize(db.replicaPoolSize());
        cfg.setMinimumIdle(0);
        cfg.setReadOnly(true);
        cfg.setConnectionTimeout(1_000);
        cfg.setInitializationFailTimeout(-1); // start even while the replica is down
        cfg.setMaxLifetime(30 * 60_000L);
        cfg.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(meters));
        return new HikariDataSource(cfg);
    }

    @Override
    public void close() {
        probe.interrupt();
        replica.close();
    }
}
