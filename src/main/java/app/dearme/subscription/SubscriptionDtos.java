package app.dearme.subscription;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.OffsetDateTime;
import java.util.List;

final class SubscriptionDtos {

    private SubscriptionDtos() {
    }

    record Plan(String id, String name, int price, String currency, Integer periodDays, List<String> features) {
    }

    record Plans(List<Plan> plans) {
    }

    /** plan: free|premium; status: active|cancelled|expired. */
    record Subscription(String plan, String status, OffsetDateTime startedAt, OffsetDateTime expiresAt,
                        OffsetDateTime cancelledAt) {
    }

    record Status(boolean isPremium, String plan, String status, OffsetDateTime expiresAt, OffsetDateTime cancelledAt,
                  long daysRemaining, boolean inGracePeriod) {
    }

    /** limit and remaining are null when unlimited (premium). */
    record Quota(int used, Integer limit, Integer remaining) {
    }

    record FriendQuota(int count, Integer limit) {
    }

    record Usage(boolean isPremium, String plan, Quota dailyChatMessages, FriendQuota friends) {
    }

    record Upgrade(@NotNull(message = "기간(period_days)을 입력해 주세요.") Integer periodDays) {
    }

    record Grant(@NotNull(message = "사용자(user_id)를 입력해 주세요.") @Positive Long userId,
                 @NotNull(message = "기간(period_days)을 입력해 주세요.") Integer periodDays) {
    }
}
