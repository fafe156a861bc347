package app.dearme.subscription;

import app.dearme.platform.error.ApiException;
import app.dearme.user.UserAccounts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.OptionalInt;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plan usage limits (SPEC §11) for other modules. The daily chat counter is a single upsert that only
 * increments below the limit, so concurrent messages can never overshoot it.
 */
@Service
public class UsageLimits {

    static final String CHAT_MESSAGE = "chat_message";

    private final JdbcClient jdbc;
    private final SubscriptionStore store;
    private final UserAccounts accounts;
    private final PlanProperties plans;
    private final Clock clock;

    UsageLimits(JdbcClient jdbc, SubscriptionStore store, UserAccounts accounts, PlanProperties plans,
                ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.accounts = accounts;
        this.plans = plans;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    public boolean isPremium(long userId) {
        return store.find(userId).map(s -> s.isPremium(clock.instant(), plans.graceDays())).orElse(false);
    }

    /** Counts one persona chat message for the user's local today; 429 when a free user is at the limit. */
    @Transactional
    public void consumeChatMessage(long userId) {
        ZoneId zone = zone(userId);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        if (isPremium(userId)) {
            jdbc.sql("""
                    insert into usage_counters (user_id, usage_date, kind, used) values (?, ?, ?, 1)
                    on conflict (user_id, usage_date, kind) do update set used = usage_counters.used + 1""")
                    .params(userId, today, CHAT_MESSAGE).update();
            return;
        }
        int limit = plans.freeDailyChatMessages();
        boolean counted = limit > 0 && jdbc.sql("""
                insert into usage_counters (user_id, usage_date, kind, used) values (:user, :day, :kind, 1)
                on conflict (user_id, usage_date, kind) do update set used = usage_counters.used + 1
                 where usage_counters.used < :limit
                returning used""")
                .param("user", userId).param("day", today).param("kind", CHAT_MESSAGE).param("limit", limit)
                .query(Integer.class).optional().isPresent();
        if (!counted) {
            throw ApiException.tooMany("chat-limit",
                    "무료 플랜은 하루 페르소나 대화 " + limit + "회까지 이용할 수 있어요. 프리미엄으로 업그레이드하면 무제한으로 대화할 수 있어요.",
                    "The free plan allows " + limit + " persona chat messages per day. Upgrade to premium for unlimited chats.",
                    untilMidnight(zone));
        }
    }

    /** Gives back one message of today when the AI reply failed (never below zero). */
    @Transactional
    public void refundChatMessage(long userId) {
        LocalDate today = LocalDate.now(clock.withZone(zone(userId)));
        jdbc.sql("update usage_counters set used = greatest(used - 1, 0) where user_id = ? and usage_date = ? and kind = ?")
                .params(userId, today, CHAT_MESSAGE).update();
    }

    /** Messages counted today in the user's zone. */
    public int chatMessagesToday(long userId) {
        LocalDate today = LocalDate.now(clock.withZone(zone(userId)));
        return jdbc.sql("select used from usage_counters where user_id = ? and usage_date = ? and kind = ?")
                .params(userId, today, CHAT_MESSAGE).query(Integer.class).optional().orElse(0);
    }

    /** Accepted-friend limit; empty = unlimited (premium). */
    public OptionalInt friendLimit(long userId) {
        return isPremium(userId) ? OptionalInt.empty() : OptionalInt.of(plans.freeFriends());
    }

    /** Empty = unlimited (premium). */
    public OptionalInt dailyChatLimit(long userId) {
        return isPremium(userId) ? OptionalInt.empty() : OptionalInt.of(plans.freeDailyChatMessages());
    }

    private ZoneId zone(long userId) {
        return accounts.byId(userId).map(a -> {
            try {
                return a.zone();
            } catch (java.time.DateTimeException e) {
                return ZoneId.of("Asia/Seoul");
            }
        }).orElse(ZoneId.of("Asia/Seoul"));
    }

    private Duration untilMidnight(ZoneId zone) {
        Instant now = clock.instant();
        ZonedDateTime midnight = now.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone);
        return Duration.between(now, midnight);
    }
}
