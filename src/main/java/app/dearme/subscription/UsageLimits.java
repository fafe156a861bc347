package app.dearme.subscription;

import app.dearme.user.UserClock;
import app.dearme.platform.error.ApiException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalInt;
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
    /** Advisory-lock namespace of the daily-counter choice (any constant no other lock uses). */
    private static final int DAY_LOCK = 0x1D1A_0015;

    private final JdbcClient jdbc;
    private final SubscriptionStore store;
    private final PlanProperties plans;
    private final UserClock clock;

    UsageLimits(JdbcClient jdbc, SubscriptionStore store, PlanProperties plans,
                UserClock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.plans = plans;
        this.clock = clock;
    }

    public boolean isPremium(long userId) {
        return store.find(userId).map(s -> s.isPremium(clock.now(), plans.graceDays())).orElse(false);
    }

    /**
     * The daily counter a message counts against: the one still open (until the midnight of the day it was
     * opened, in the zone the user had then), else a new one for the user's local today. A time-zone change
     * therefore neither resets a running day nor reopens a finished one (issue 14): a new day never gets the
     * date of an earlier counter.
     */
    private record Day(LocalDate date, Instant resetsAt) {
    }

    private Optional<Day> openDay(long userId, ZoneId zone) {
        return jdbc.sql("""
                select usage_date, coalesce(resets_at, (usage_date + 1)::timestamp at time zone :zone) as ends
                from usage_counters where user_id = :user and kind = :kind
                order by usage_date desc limit 1""")
                .param("zone", zone.getId()).param("user", userId).param("kind", CHAT_MESSAGE)
                .query((rs, i) -> new Day(rs.getObject(1, LocalDate.class),
                        rs.getObject(2, OffsetDateTime.class).toInstant()))
                .optional().filter(d -> d.resetsAt().isAfter(clock.now()));
    }

    private Day currentDay(long userId, ZoneId zone) {
        Optional<Day> open = openDay(userId, zone);
        if (open.isPresent()) {
            return open.get();
        }
        LocalDate today = clock.today(zone);
        LocalDate last = jdbc.sql("select max(usage_date) from usage_counters where user_id = ? and kind = ?")
                .params(userId, CHAT_MESSAGE).query(LocalDate.class).optional().orElse(null);
        LocalDate date = last != null && !last.isBefore(today) ? last.plusDays(1) : today;
        Instant now = clock.now();
        return new Day(date, now.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** Counts one persona chat message for the user's current day; 429 when a free user is at the limit. */
    @Transactional
    public void consumeChatMessage(long userId) {
        ZoneId zone = zone(userId);
        // one user's messages pick their day one at a time, so two first messages never open two days
        jdbc.sql("select pg_advisory_xact_lock(?, ?)").params(DAY_LOCK, (int) userId).query((rs, i) -> 1).list();
        Day day = currentDay(userId, zone);
        OffsetDateTime resetsAt = day.resetsAt().atOffset(ZoneOffset.UTC);
        if (isPremium(userId)) {
            jdbc.sql("""
                    insert into usage_counters (user_id, usage_date, kind, used, resets_at) values (?, ?, ?, 1, ?)
                    on conflict (user_id, usage_date, kind) do update set used = usage_counters.used + 1""")
                    .params(userId, day.date(), CHAT_MESSAGE, resetsAt).update();
            return;
        }
        int limit = plans.freeDailyChatMessages();
        boolean counted = limit > 0 && jdbc.sql("""
                insert into usage_counters (user_id, usage_date, kind, used, resets_at)
                values (:user, :day, :kind, 1, :resets)
                on conflict (user_id, usage_date, kind) do update set used = usage_counters.used + 1
                 where usage_counters.used < :limit
                returning used""")
                .param("user", userId).param("day", day.date()).param("kind", CHAT_MESSAGE).param("resets", resetsAt)
                .param("limit", limit)
                .query(Integer.class).optional().isPresent();
        if (!counted) {
            Duration wait = Duration.between(clock.now(), day.resetsAt());
            throw ApiException.tooMany("chat-limit",
                    "무료 플랜은 하루 페르소나 대화 " + limit + "회까지 이용할 수 있어요. 프리미엄으로 업그레이드하면 무제한으로 대화할 수 있어요.",
                    "The free plan allows " + limit + " persona chat messages per day. Upgrade to premium for unlimited chats.",
                    wait.isNegative() ? Duration.ofSeconds(1) : wait);
        }
    }

    /** Gives back one message of the current day when the AI reply delivered nothing (never below zero). */
    @Transactional
    public void refundChatMessage(long userId) {
        openDay(userId, zone(userId)).ifPresent(day -> jdbc.sql(
                "update usage_counters set used = greatest(used - 1, 0) where user_id = ? and usage_date = ? and kind = ?")
                .params(userId, day.date(), CHAT_MESSAGE).update());
    }

    /** Messages counted in the user's current day. */
    public int chatMessagesToday(long userId) {
        return openDay(userId, zone(userId)).map(day -> jdbc.sql(
                        "select used from usage_counters where user_id = ? and usage_date = ? and kind = ?")
                .params(userId, day.date(), CHAT_MESSAGE).query(Integer.class).optional().orElse(0)).orElse(0);
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
        return clock.zone(userId);
    }
}
