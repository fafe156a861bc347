package app.dearme.notification;

import app.dearme.platform.db.DirectConnections;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Cluster-wide fan-out over PostgreSQL LISTEN/NOTIFY (SPEC §10: "from any app instance to the instance holding the
 * connection"). Every instance already shares the database, so this needs no extra infrastructure: the publisher
 * runs {@code pg_notify} after commit, and each instance keeps one direct connection (not from the pool) listening
 * on the channel and hands every update to its local streams, which ignore users they hold no stream for.
 * Live delivery is best effort, as before: if the listening connection drops, it reconnects with backoff and then
 * re-sends the unread count to every local stream, so badges resynchronise; the notifications themselves are
 * committed rows and appear in the list regardless.
 */
@Component
@ConditionalOnProperty(name = "dearme.notifications.fanout", havingValue = "postgres", matchIfMissing = true)
class PostgresNotificationFanout implements NotificationFanout, SmartLifecycle {

    static final String CHANNEL = "dearme_live";

    private static final Logger log = LoggerFactory.getLogger(PostgresNotificationFanout.class);

    private final NotificationStreams streams;
    private final JdbcClient jdbc;
    private final DirectConnections direct;
    private final LiveUpdateCodec codec;
    private final TransactionTemplate ownTransaction;
    private volatile boolean running;
    private volatile Thread listener;
    private volatile Connection connection;

    PostgresNotificationFanout(NotificationStreams streams, JdbcClient jdbc, DirectConnections direct,
                               LiveUpdateCodec codec, PlatformTransactionManager transactions) {
        this.streams = streams;
        this.jdbc = jdbc;
        this.direct = direct;
        this.codec = codec;
        this.ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public void publish(LiveUpdate update) {
        String payload = codec.encode(update);
        // delivered by PostgreSQL to every listening instance (this one included) when its transaction commits.
        // Its own transaction: publish runs after the caller's commit, while the caller's connection may still be
        // bound to the thread, and a NOTIFY issued there would wait for a commit that is not coming.
        ownTransaction.executeWithoutResult(status ->
                jdbc.sql("select pg_notify(?, ?)").params(CHANNEL, payload).query((java.sql.ResultSet rs) -> { }));
    }

    @Override
    public void start() {
        if (direct.throughPgBouncer()) {
            log.warn("dearme.db.pgbouncer is on and dearme.db.direct-url is empty: LISTEN through PgBouncer in "
                    + "transaction mode does not work, so live notifications will only reach streams on the instance "
                    + "that created them. Set DEARME_DB_DIRECT_URL to PostgreSQL itself.");
        }
        running = true;
        listener = Thread.ofPlatform().daemon().name("notification-listen").start(this::listenLoop);
    }

    @Override
    public void stop() {
        running = false;
        Thread t = listener;
        closeQuietly();
        if (t != null) {
            t.interrupt();
            try {
                t.join(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listenLoop() {
        long backoffMs = 500;
        boolean reconnect = false;
        while (running) {
            try (Connection c = direct.open(); Statement st = c.createStatement()) {
                connection = c;
                st.execute("LISTEN " + CHANNEL);
                if (reconnect) {
                    log.info("Live notification listener reconnected");
                    streams.resyncUnreadCounts(); // updates may have been missed while it was away
                }
                backoffMs = 500;
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] batch = pg.getNotifications(5_000);
                    if (batch == null) {
                        continue;
                    }
                    for (PGNotification n : batch) {
                        deliver(n.getParameter());
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                log.warn("Live notification listener lost its connection ({}); retrying in {} ms", e.toString(), backoffMs);
                reconnect = true;
                try {
                    Thread.sleep(backoffMs);
                } catch (InterruptedException ie) {
                    return;
                }
                backoffMs = Math.min(backoffMs * 2, 10_000);
            } finally {
                connection = null;
            }
        }
    }

    private void deliver(String payload) {
        try {
            streams.deliver(codec.decode(payload));
        } catch (RuntimeException e) {
            log.warn("Live notification not delivered: {}", e.toString());
        }
    }

    private void closeQuietly() {
        Connection c = connection;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // already gone
            }
        }
    }
}
