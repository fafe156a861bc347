package app.dearme.subscription;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Plan limits (SPEC §11). {@code graceDays}: after a premium plan's expiry, premium features stay for
 * this many days (payment retries in a real billing flow); status already reads "expired".
 */
@ConfigurationProperties("dearme.plans")
public record PlanProperties(@DefaultValue("5") int freeDailyChatMessages,
                             @DefaultValue("3") int freeFriends,
                             @DefaultValue("3") int graceDays) {
}
