package app.dearme.platform.cluster;

import app.dearme.platform.db.DirectConnections;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The instances' message bus over PostgreSQL LISTEN/NOTIFY. Every instance already shares the database, so
 * cross-instance messages (live notifications, cache evictions) need no extra infrastructure. Each instance keeps
 * one direct connection (not from the pool) listening on every subscribed channel; if it drops, it reconnects with
 * backoff and tells each subscriber to resynchronise, because messages sent meanwhile are lost. Delivery is best
 * effort: what the messages announce is always committed state in the database.
 */
@Component
public class PgChannels implements SmartLifecycle {

    /** PostgreSQL refuses NOTIFY payloads of 8,000 bytes or more. */
    public static final int MAX_PAYLOAD_BYTES = 7_900;

    private static final Logger log = LoggerFactory.getLogger(PgChannels.class);

    private record Subscriber(Consumer<String> onMessage, Runnable onResync) {
    }

    private final JdbcClient jdbc;
    private final DirectConnections direct;
    private final TransactionTemplate ownTransaction;
    private final Map<String, Subscriber> subscribers = new ConcurrentHashMap<>();
    private volatile boolean running;
    private volatile Thread listener;
    private volatile Connection connection;

    PgChannels(JdbcClient jdbc, DirectConnections direct, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.direct = direct;
        this.ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Registers the one handler of a channel; call while the context starts (from a constructor), before the
     * listener connects. {@code onResync} runs after a reconnect: messages may have been missed.
     */
    public void subscribe(String channel, Consumer<String> onMessage, Runnable onResync) {
        if (!channel.matches("[a-z_]+")) {
            throw new IllegalArgumentException("channel names are plain identifiers: " + channel);
        }
        if (subscribers.putIfAbsent(channel, new Subscriber(onMessage, onResync)) != null) {
            throw new IllegalStateException("channel " + channel + " already has a subscriber");
        }
    }

    /**
     * Sends to every listening instance, this one included. Runs in its own transaction, so it is delivered at
     * once: callers publish after their own commit, while that transaction's connection may still be bound to the
     * thread, and a NOTIFY issued there would wait for a commit that is not coming.
     */
    public void publish(String channel, String payload) {
        ownTransaction.executeWithoutResult(status ->
                jdbc.sql("select pg_notify(?, ?)").params(channel, payload).query((java.sql.ResultSet rs) -> { }));
    }

    /**
     * Sends from inside the caller's read-write transaction, on its connection: PostgreSQL delivers the message when
     * that transaction commits and never when it rolls back. A writer that holds a pooled connection therefore needs
     * no second one (a second one per writer starved the pool under load: bench mixed at 256, issue 15).
     */
    public void publishInCurrentTransaction(String channel, String payload) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            throw new IllegalStateException("publishInCurrentTransaction needs a read-write transaction");
        }
        jdbc.sql("select pg_notify(?, ?)").params(channel, payload).query((java.sql.ResultSet rs) -> { });
    }

    @Override
    public void start() {
        if (direct.throughPgBouncer()) {
            log.warn("dearme.db.pgbouncer is on and dearme.db.direct-url is empty: LISTEN through PgBouncer in "
                    + "transaction mode does not work, so live notifications and cache evictions will only reach "
                    + "the instance that sent them. Set DEARME_DB_DIRECT_URL to PostgreSQL itself.");
        }
        running = true;
        listener = Thread.ofPlatform().daemon().name("pg-channels-listen").start(this::listenLoop);
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
                for (String channel : subscribers.keySet()) {
                    st.execute("LISTEN " + channel);
                }
                if (reconnect) {
                    log.info("Cluster channel listener reconnected");
                    subscribers.values().forEach(s -> safely(s.onResync()));
                }
                backoffMs = 500;
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] batch = pg.getNotifications(5_000);
                    if (batch != null) {
                        for (PGNotification n : batch) {
                            deliver(n);
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                log.warn("Cluster channel listener lost its connection ({}); retrying in {} ms", e.toString(), backoffMs);
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

    private void deliver(PGNotification n) {
        Subscriber s = subscribers.get(n.getName());
        if (s != null) {
            safely(() -> s.onMessage().accept(n.getParameter()));
        }
    }

    private static void safely(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            log.warn("Cluster channel message not handled: {}", e.toString());
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
