package app.dearme.notification;

import java.io.IOException;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import app.dearme.platform.security.SessionStateLookup;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import app.dearme.platform.web.SseWriter;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The notification streams open on this instance. Each connection has its own bounded queue and its request's
 * virtual thread is the only writer: a client that stops reading blocks only its own writer
 * (until the socket write times out), never the thread that created the notification. A full queue
 * means the client is hopelessly behind; the connection is closed and the client reconnects.
 * <p>
 * A stream belongs to a login session: the writer checks every {@code sessionCheck} that the session is still
 * alive (the cached check every access token gets, evicted on revoke on every instance) and ends the stream once it
 * is not, so logout, session revocation and a password change close it within seconds on any instance. A user
 * holds at most {@code maxStreamsPerUser} streams on an instance; opening one more closes the oldest, which the
 * client reconnects with backoff (a refused new stream could lock a user out behind dead half-open connections).
 */
@Component
class NotificationStreams {

    private static final Logger log = LoggerFactory.getLogger(NotificationStreams.class);
    private static final String CLOSE = "\u0000close";

    private final Map<Long, Set<Connection>> byUser = new ConcurrentHashMap<>();
    private final AtomicInteger open = new AtomicInteger();
    private final NotificationInbox inbox;
    private final NotificationsProperties props;
    private final JsonMapper json;
    private final SessionStateLookup sessions;
    private final AtomicLong sequence = new AtomicLong();

    NotificationStreams(NotificationInbox inbox, NotificationsProperties props, JsonMapper json, MeterRegistry meters,
                        SessionStateLookup sessions) {
        this.inbox = inbox;
        this.sessions = sessions;
        this.props = props;
        this.json = json;
        Gauge.builder("dearme_notification_streams_open", open, AtomicInteger::get)
                .description("open notification streams on this instance").register(meters);
    }

    /**
     * Serves one stream on the calling request's (virtual) thread, which is its only writer, like a chat stream
     * ({@link SseWriter}); returns when the stream ends: the client left, the session ended, the stream timed out
     * (the client reconnects), or it was closed because it fell behind or a newer stream replaced it.
     */
    void serve(long userId, long sessionId, SseWriter sse) {
        Connection c = new Connection(userId, sessionId, sse);
        Connection[] evicted = new Connection[1];
        byUser.compute(userId, (k, set) -> {
            Set<Connection> s = set == null ? ConcurrentHashMap.newKeySet() : set;
            s.add(c);
            if (s.size() > Math.max(1, props.maxStreamsPerUser())) {
                evicted[0] = s.stream().min(Comparator.comparingLong(Connection::seq)).orElse(null);
            }
            return s;
        });
        open.incrementAndGet();
        if (evicted[0] != null) {
            log.info("User {} opened more than {} notification streams here; closing the oldest", userId,
                    props.maxStreamsPerUser());
            evicted[0].end();
        }
        try {
            c.offer(unreadEvent(inbox.unreadCount(userId)));
        } catch (RuntimeException e) {
            c.close();
            throw e;
        }
        c.writeLoop(System.nanoTime() + props.streamTimeout().toNanos());
    }

    /** Called by the fan-out for every update, on every instance; cheap when the user has no stream here. */
    void deliver(LiveUpdate u) {
        Set<Connection> conns = byUser.get(u.userId());
        if (conns == null || conns.isEmpty()) {
            return;
        }
        String unread = unreadEvent(inbox.unreadCount(u.userId()));
        String created = u.notification() == null ? null
                : json.writeValueAsString(Map.of("type", "notification", "notification", u.notification()));
        for (Connection c : conns) {
            if (created != null) {
                c.offer(created);
            }
            c.offer(unread);
        }
    }

    /** After a fan-out outage: every local stream gets its current unread count again. */
    void resyncUnreadCounts() {
        for (Long userId : byUser.keySet()) {
            deliver(new LiveUpdate(userId, null));
        }
    }

    int openCount(long userId) {
        Set<Connection> conns = byUser.get(userId);
        return conns == null ? 0 : conns.size();
    }

    private String unreadEvent(long count) {
        return json.writeValueAsString(Map.of("type", "unread_count", "count", count));
    }

    private final class Connection {
        private final long userId;
        private final long sessionId;
        private final long seq = sequence.incrementAndGet();
        private final SseWriter sse;
        private final BlockingQueue<String> queue = new ArrayBlockingQueue<>(props.queueCapacity());
        private final AtomicBoolean closed = new AtomicBoolean();

        Connection(long userId, long sessionId, SseWriter sse) {
            this.userId = userId;
            this.sessionId = sessionId;
            this.sse = sse;
        }

        long seq() {
            return seq;
        }

        void offer(String event) {
            if (!closed.get() && !queue.offer(event)) {
                log.info("Notification stream of user {} fell behind; closing it", userId);
                end();
            }
        }

        /** A failed check (database briefly away) keeps the stream: the next check decides. */
        private boolean sessionAlive() {
            try {
                return sessions.isActive(sessionId, userId);
            } catch (RuntimeException e) {
                log.debug("Session check for a notification stream failed: {}", e.toString());
                return true;
            }
        }

        /** Ends the stream normally: the writer loop sees it and returns, and the client sees the response end. */
        void end() {
            close();
        }

        void writeLoop(long deadline) {
            long heartbeatNanos = props.heartbeat().toNanos();
            long checkMillis = Math.max(50, Math.min(props.sessionCheck().toMillis(), props.heartbeat().toMillis()));
            long lastWrite = System.nanoTime();
            try {
                while (!closed.get() && System.nanoTime() < deadline) {
                    String ev = queue.poll(checkMillis, TimeUnit.MILLISECONDS);
                    if (closed.get() || CLOSE.equals(ev)) {
                        break;
                    }
                    if (!sessionAlive()) {
                        log.debug("Session {} of user {} ended; closing its notification stream", sessionId, userId);
                        end();
                        break;
                    }
                    if (ev != null) {
                        sse.data(ev);
                        lastWrite = System.nanoTime();
                    } else if (System.nanoTime() - lastWrite >= heartbeatNanos) {
                        sse.comment("heartbeat");
                        lastWrite = System.nanoTime();
                    }
                }
            } catch (IOException e) {
                // the client went away: the normal end of a stream
                log.debug("Notification stream of user {} ended: {}", userId, e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                close();
            }
        }

        void close() {
            if (closed.compareAndSet(false, true)) {
                byUser.computeIfPresent(userId, (k, set) -> {
                    set.remove(this);
                    return set.isEmpty() ? null : set;
                });
                open.decrementAndGet();
                queue.clear();
                queue.offer(CLOSE);
            }
        }
    }
}
