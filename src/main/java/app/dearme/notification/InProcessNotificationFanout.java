package app.dearme.notification;

import org.springframework.stereotype.Component;

/** Single-instance fan-out: delivers straight to the streams open on this JVM. */
@Component
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
