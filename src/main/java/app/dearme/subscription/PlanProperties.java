package app.dearme.subscription;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Plan limits (SPEC §11). {@code graceDays}: after a premium plan's expiry, premium features stay for
 * this many days (payment retries in a real billing flow); status already reads "expired".
 * {@code testModeUpgrade}: the free, payment-less self-upgrade of SPEC §11; off in the {@code prod} profile, where
 * premium comes only from the admin grant endpoint (issue 14).
 */
@ConfigurationProperties("dearme.plans")
public record PlanProperties(@DefaultValue("5") int freeDailyChatMessages,
                             @DefaultValue("3") int freeFriends,
                             @DefaultValue("3") int graceDays,
                             @DefaultValue("true") boolean testModeUpgrade) {
}
