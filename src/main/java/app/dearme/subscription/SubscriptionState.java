package app.dearme.subscription;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A user's subscription as stored, and the rules that derive its status at a given instant. Status is
 * computed on read from {@code expires_at}, so expiry needs no background job to be correct.
 */
record SubscriptionState(String plan, boolean cancelled, OffsetDateTime startedAt, OffsetDateTime expiresAt,
                         OffsetDateTime cancelledAt) {

    static final String FREE = "free";
    static final String PREMIUM = "premium";

    static SubscriptionState free(OffsetDateTime since) {
        return new SubscriptionState(FREE, false, since, null, null);
    }

    boolean premiumPlan() {
        return PREMIUM.equals(plan) && expiresAt != null;
    }

    /** active | cancelled | expired */
    String status(Instant now) {
        if (!premiumPlan()) {
            return "active";
        }
        if (!now.isBefore(expiresAt.toInstant())) {
            return "expired";
        }
        return cancelled ? "cancelled" : "active";
    }

    boolean inGracePeriod(Instant now, int graceDays) {
        return premiumPlan() && !now.isBefore(expiresAt.toInstant())
                && now.isBefore(expiresAt.toInstant().plus(Duration.ofDays(graceDays)));
    }

    /** Premium features: until expiry, and during the grace period after it. */
    boolean isPremium(Instant now, int graceDays) {
        return premiumPlan() && (now.isBefore(expiresAt.toInstant()) || inGracePeriod(now, graceDays));
    }

    /** Whole days left until expiry, rounded up (0 when expired or free). */
    long daysRemaining(Instant now) {
        if (!premiumPlan() || !now.isBefore(expiresAt.toInstant())) {
            return 0;
        }
        long secs = Duration.between(now, expiresAt.toInstant()).toSeconds();
        return (secs + 86_399) / 86_400;
    }

    static OffsetDateTime utc(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }
}
