package app.dearme.subscription;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SubscriptionStore {

    static final RowMapper<SubscriptionState> MAPPER = (rs, i) -> new SubscriptionState(rs.getString("plan"),
            rs.getTimestamp("cancelled_at") != null || "cancelled".equals(rs.getString("status")),
            rs.getObject("started_at", OffsetDateTime.class), rs.getObject("expires_at", OffsetDateTime.class),
            rs.getObject("cancelled_at", OffsetDateTime.class));

    private final JdbcClient jdbc;

    SubscriptionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<SubscriptionState> find(long userId) {
        return jdbc.sql("select * from subscriptions where user_id = ?").param(userId).query(MAPPER).optional();
    }

    /**
     * One statement, so concurrent upgrades serialise on the row: a live premium (active, cancelled or
     * in grace) is extended from its current expiry, anything else starts now. Never shortens.
     */
    SubscriptionState upgrade(long userId, int periodDays, Instant now) {
        return jdbc.sql("""
                insert into subscriptions as s (user_id, plan, status, started_at, expires_at, cancelled_at, updated_at)
                values (:user, 'premium', 'active', :now, :now + make_interval(days => :days), null, :now)
                on conflict (user_id) do update set
                    plan = 'premium', status = 'active', cancelled_at = null, updated_at = :now,
                    started_at = case when s.plan = 'premium' and s.expires_at > :now then s.started_at else :now end,
                    expires_at = greatest(coalesce(s.expires_at, :now), :now) + make_interval(days => :days)
                returning *""")
                .param("user", userId).param("now", SubscriptionState.utc(now)).param("days", periodDays)
                .query(MAPPER).single();
    }

    /** Cancels an active, unexpired premium; empty when there is nothing to cancel. */
    Optional<SubscriptionState> cancel(long userId, Instant now) {
        return jdbc.sql("""
                update subscriptions set status = 'cancelled', cancelled_at = :now, updated_at = :now
                 where user_id = :user and plan = 'premium' and status = 'active' and cancelled_at is null
                   and expires_at > :now
                returning *""")
                .param("user", userId).param("now", SubscriptionState.utc(now)).query(MAPPER).optional();
    }

    /** Persists what reads already compute, so reports and SQL see "expired" too. */
    int markExpired(Instant now) {
        return jdbc.sql("update subscriptions set status = 'expired', updated_at = :now "
                        + "where plan = 'premium' and status <> 'expired' and expires_at <= :now")
                .param("now", SubscriptionState.utc(now)).update();
    }
}
