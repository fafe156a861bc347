package app.dearme.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Live notification stream settings. The stream timeout bounds one connection; clients reconnect
 * (the web app's fetch loop does), which also rebalances connections across instances. {@code sessionCheck} bounds
 * how long a stream outlives its login session (logout, revocation, password change); {@code maxStreamsPerUser}
 * caps one user's streams on an instance (the oldest is closed when a new one opens).
 */
@ConfigurationProperties("dearme.notifications")
record NotificationsProperties(@DefaultValue("25s") Duration heartbeat,
                               @DefaultValue("30m") Duration streamTimeout,
                               @DefaultValue("256") int queueCapacity,
                               @DefaultValue("2s") Duration sessionCheck,
                               @DefaultValue("5") int maxStreamsPerUser) {
}
