package app.dearme.ops;

import app.dearme.platform.config.DearMeProperties;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Replication lag of {@code dearme.db.replica-url}, measured on the replica by the ticker (never on
 * a request). Null when no replica is configured, it is unreachable, or the measurement is stale.
 */
@Component
class ReplicaLag {

    private static final Logger log = LoggerFactory.getLogger(ReplicaLag.class);
    // 0 when everything received is replayed: on an idle primary the last replay timestamp grows old
    // although the replica is fully caught up
    static final String LAG_SQL = """
            select case when pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() then 0
                        else extract(epoch from now() - pg_last_xact_replay_timestamp()) end""";

    private final DearMeProperties.Db db;
    private final long staleNanos;
    private volatile Double lastSeconds;
    private volatile long measuredAt;

    ReplicaLag(DearMeProperties props, OpsProperties ops) {
        this.db = props.db();
        this.staleNanos = 3 * ops.sampleInterval().toNanos();
    }

    boolean configured() {
        return db.replicaUrl() != null && !db.replicaUrl().isBlank();
    }

    void measure() {
        if (!configured()) {
            return;
        }
        Properties p = new Properties();
        p.setProperty("user", db.username());
        p.setProperty("password", db.password());
        p.setProperty("connectTimeout", "3");
        p.setProperty("socketTimeout", "5");
        try (Connection c = DriverManager.getConnection(db.replicaUrl(), p); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(LAG_SQL)) {
            rs.next();
            double v = rs.getDouble(1);
            lastSeconds = rs.wasNull() ? null : HttpTraffic.round(Math.max(0, v), 3);
            measuredAt = System.nanoTime();
        } catch (SQLException e) {
            lastSeconds = null;
            log.debug("replica lag not measured: {}", e.toString());
        }
    }

    Double seconds() {
        Double v = lastSeconds;
        return v != null && System.nanoTime() - measuredAt < staleNanos ? v : null;
    }
}
