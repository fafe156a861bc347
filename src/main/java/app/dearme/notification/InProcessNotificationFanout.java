package app.dearme.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Single-instance fan-out: delivers straight to the streams open on this JVM
 * ({@code dearme.notifications.fanout=in-process}); the default is {@link PostgresNotificationFanout}.
 */
@Component
@ConditionalOnProperty(name = "dearme.notifications.fanout", havingValue = "in-process")
class InProcessNotificationFanout implements NotificationFanout {

    private final NotificationStreams streams;

    InProcessNotificationFanout(NotificationStreams streams) {
        this.streams = streams;
    }

    @Override
    public void publish(LiveUpdate update) {
        streams.deliver(update);
    }
}
