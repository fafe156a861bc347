package app.dearme.notification;

import app.dearme.platform.cluster.PgChannels;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Cluster-wide fan-out over PostgreSQL LISTEN/NOTIFY (SPEC §10: "from any app instance to the instance holding the
 * connection"): the publisher notifies after commit and every instance hands the update to its local streams, which
 * ignore users they hold no stream for. If the listening connection dropped, every local stream gets its unread
 * count again, so badges resynchronise; the notifications themselves are committed rows and appear in the list
 * regardless.
 */
@Component
@ConditionalOnProperty(name = "dearme.notifications.fanout", havingValue = "postgres", matchIfMissing = true)
class PostgresNotificationFanout implements NotificationFanout {

    static final String CHANNEL = "dearme_live";

    private static final Logger log = LoggerFactory.getLogger(PostgresNotificationFanout.class);

    private final NotificationStreams streams;
    private final PgChannels channels;
    private final LiveUpdateCodec codec;

    PostgresNotificationFanout(NotificationStreams streams, PgChannels channels, LiveUpdateCodec codec) {
        this.streams = streams;
        this.channels = channels;
        this.codec = codec;
        channels.subscribe(CHANNEL, this::deliver, streams::resyncUnreadCounts);
    }

    @Override
    public void publish(LiveUpdate update) {
        channels.publish(CHANNEL, codec.encode(update));
    }

    private void deliver(String payload) {
        try {
            streams.deliver(codec.decode(payload));
        } catch (RuntimeException e) {
            log.warn("Live notification not delivered: {}", e.toString());
        }
    }
}
