package app.dearme.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Live notification stream settings. The stream timeout bounds one connection; clients reconnect
 * (the web app's fetch loop does), which also rebalances connections across instances.
 */
@ConfigurationProperties("dearme.notifications")
record NotificationsProperties(@DefaultValue("25s") Duration heartbeat,
                               @DefaultValue("30m") Duration streamTimeout,
                               @DefaultValue("256") int queueCapacity) {
}
