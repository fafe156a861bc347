package app.dearme.platform.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Opens a connection outside the pool, straight to PostgreSQL, for the few uses that hold one for the life of the
 * instance (LISTEN for live notifications) and must not take a pooled connection away from requests. Behind
 * PgBouncer in transaction mode, {@code dearme.db.direct-url} must point at PostgreSQL itself.
 */
public final class DirectConnections {

    private final String url;
    private final String username;
    private final String password;
    private final boolean throughPgBouncer;

    DirectConnections(String url, String username, String password, boolean throughPgBouncer) {
        this.url = url;
        this.username = username;
        this.password = password;
        this.throughPgBouncer = throughPgBouncer;
    }

    public Connection open() throws SQLException {
        return DriverManager.getConnection(url, username, password);
    }

    /** True when no direct URL was given and the pool's URL goes through PgBouncer (LISTEN will not work). */
    public boolean throughPgBouncer() {
        return throughPgBouncer;
    }
}
