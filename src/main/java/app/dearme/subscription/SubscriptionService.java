package app.dearme.subscription;

import app.dearme.platform.error.ApiException;
import app.dearme.subscription.SubscriptionDtos.FriendQuota;
import app.dearme.subscription.SubscriptionDtos.Quota;
import app.dearme.subscription.SubscriptionDtos.Status;
import app.dearme.subscription.SubscriptionDtos.Subscription;
import app.dearme.subscription.SubscriptionDtos.Usage;
import app.dearme.user.UserAccounts;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Test-mode subscriptions (SPEC §11): upgrades are granted at once, no payment. */
@Service
class SubscriptionService {

    static final List<Integer> PERIODS = List.of(30, 365);

    private final SubscriptionStore store;
    private final UsageLimits limits;
    private final FriendCounter friendships;
    private final UserAccounts accounts;
    private final PlanProperties plans;
    private final Clock clock;

    SubscriptionService(SubscriptionStore store, UsageLimits limits, FriendCounter friendships, UserAccounts accounts,
                        PlanProperties plans, ObjectProvider<Clock> clock) {
        this.store = store;
        this.limits = limits;
        this.friendships = friendships;
        this.accounts = accounts;
        this.plans = plans;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    SubscriptionDtos.Plans plans() {
        return new SubscriptionDtos.Plans(List.of(
                new SubscriptionDtos.Plan("free", "무료", 0, "KRW", null, List.of(
                        "하루 페르소나 대화 " + plans.freeDailyChatMessages() + "회",
                        "친구 최대 " + plans.freeFriends() + "명", "일기 작성과 마음 분석", "주간·월간 마음 리포트")),
                new SubscriptionDtos.Plan("premium_monthly", "프리미엄 월간", 4_900, "KRW", 30, premiumFeatures()),
                new SubscriptionDtos.Plan("premium_yearly", "프리미엄 연간", 39_900, "KRW", 365, premiumFeatures())));
    }

    private static List<String> premiumFeatures() {
        return List.of("페르소나 대화 무제한", "친구 수 무제한", "일기 작성과 마음 분석", "주간·월간 마음 리포트");
    }

    @Transactional(readOnly = true)
    Subscription me(long userId) {
        return view(state(userId), clock.instant());
    }

    @Transactional(readOnly = true)
    Status status(long userId) {
        SubscriptionState s = state(userId);
        Instant now = clock.instant();
        return new Status(s.isPremium(now, plans.graceDays()), s.plan(), s.status(now), s.expiresAt(), s.cancelledAt(),
                s.daysRemaining(now), s.inGracePeriod(now, plans.graceDays()));
    }

    @Transactional(readOnly = true)
    Usage usage(long userId) {
        boolean premium = limits.isPremium(userId);
        int used = limits.chatMessagesToday(userId);
        OptionalInt chatLimit = limits.dailyChatLimit(userId);
        OptionalInt friendLimit = limits.friendLimit(userId);
        Quota chat = chatLimit.isPresent()
                ? new Quota(used, chatLimit.getAsInt(), Math.max(0, chatLimit.getAsInt() - used))
                : new Quota(used, null, null);
        FriendQuota friends = new FriendQuota(friendships.friendCount(userId),
                friendLimit.isPresent() ? friendLimit.getAsInt() : null);
        return new Usage(premium, premium ? SubscriptionState.PREMIUM : SubscriptionState.FREE, chat, friends);
    }

    /** The caller's own payment-less upgrade: test mode only. */
    @Transactional
    Subscription upgrade(long userId, Integer periodDays) {
        if (!plans.testModeUpgrade()) {
            throw ApiException.forbidden("test-upgrade-disabled",
                    "이 서비스에서는 결제 없는 테스트 업그레이드를 사용할 수 없어요. 프리미엄은 관리자가 부여해요.",
                    "The payment-less test upgrade is off here; premium is granted by an administrator.");
        }
        return grant(userId, periodDays);
    }

    /** Premium for {@code userId} at once (test-mode upgrade, or an admin grant in production). */
    @Transactional
    Subscription grant(long userId, Integer periodDays) {
        if (periodDays == null || !PERIODS.contains(periodDays)) {
            throw ApiException.badRequest("period_days", "기간은 30일 또는 365일만 선택할 수 있어요.",
                    "period_days must be 30 or 365.");
        }
        accounts.require(userId);
        Instant now = clock.instant();
        return view(store.upgrade(userId, periodDays, now), now);
    }

    @Transactional
    Subscription cancel(long userId) {
        Instant now = clock.instant();
        return store.cancel(userId, now).map(s -> view(s, now)).orElseThrow(() -> {
            SubscriptionState s = state(userId);
            String why = !s.premiumPlan() ? "무료 플랜은 해지할 수 없어요."
                    : "cancelled".equals(s.status(now)) ? "이미 해지된 구독이에요." : "이미 만료된 구독이에요.";
            return ApiException.unprocessable("cannot-cancel", why, "There is no active premium subscription to cancel.");
        });
    }

    private SubscriptionState state(long userId) {
        return store.find(userId).orElseGet(() -> SubscriptionState.free(accounts.require(userId).createdAt()));
    }

    private static Subscription view(SubscriptionState s, Instant now) {
        String plan = s.premiumPlan() ? SubscriptionState.PREMIUM : SubscriptionState.FREE;
        return new Subscription(plan, s.status(now), s.startedAt(), s.expiresAt(), s.cancelledAt());
    }
}
