package app.dearme.user;

import app.dearme.vocabulary.RagContextLevel;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The user module's public service for account rows (used by auth and the feature modules). */
@Service
public class UserAccounts {

    static final RowMapper<UserAccount> MAPPER = (rs, i) -> new UserAccount(
            rs.getLong("id"), rs.getString("email"), rs.getString("username"), rs.getString("password_hash"),
            rs.getBoolean("email_verified"), rs.getString("role"), rs.getString("timezone"), rs.getString("locale"),
            RagContextLevel.fromColumn(rs.getString("rag_context_level")), rs.getString("profile_image"), rs.getBoolean("reminder_enabled"),
            rs.getObject("reminder_time", java.time.LocalTime.class), rs.getBoolean("is_active"),
            rs.getInt("failed_logins"), rs.getObject("locked_until", OffsetDateTime.class),
            rs.getObject("created_at", OffsetDateTime.class));

    private final JdbcClient jdbc;

    UserAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UserAccount> byId(long id) {
        return jdbc.sql("select * from users where id = ?").param(id).query(MAPPER).optional();
    }

    /** Same as {@link #byId} but 404 when missing. */
    public UserAccount require(long id) {
        return byId(id).orElseThrow(() -> app.dearme.platform.error.ApiException.notFound("사용자"));
    }

    public Optional<UserAccount> byEmail(String email) {
        return jdbc.sql("select * from users where lower(email) = lower(?)").param(email).query(MAPPER).optional();
    }

    public boolean emailTaken(String email) {
        return jdbc.sql("select count(*) from users where lower(email) = lower(?)").param(email)
                .query(Long.class).single() > 0;
    }

    public boolean usernameTaken(String username, long exceptId) {
        return jdbc.sql("select count(*) from users where lower(username) = lower(?) and id <> ?")
                .params(username, exceptId).query(Long.class).single() > 0;
    }

    public long create(String email, String username, String passwordHash, String role) {
        return jdbc.sql("insert into users (email, username, password_hash, role) values (?, ?, ?, ?) returning id")
                .params(email, username, passwordHash, role).query(Long.class).single();
    }

    /** Keeps the stored role in step with the configured one (auth resolves it at each login and refresh). */
    public void syncRole(long id, String role) {
        jdbc.sql("update users set role = ?, updated_at = now() where id = ? and role <> ?").params(role, id, role).update();
    }

    public void markVerified(long id) {
        jdbc.sql("update users set email_verified = true, updated_at = now() where id = ?").param(id).update();
    }

    public void setPasswordHash(long id, String hash) {
        jdbc.sql("update users set password_hash = ?, failed_logins = 0, locked_until = null, updated_at = now() where id = ?")
                .params(hash, id).update();
    }

    /** Counts a failed login atomically; locks the account when the count reaches {@code max}. */
    public void recordLoginFailure(long id, int max, java.time.Duration lock) {
        jdbc.sql("""
                update users set failed_logins = failed_logins + 1,
                       locked_until = case when failed_logins + 1 >= ? then now() + make_interval(secs => ?) else locked_until end
                 where id = ?""").params(max, lock.toSeconds(), id).update();
    }

    public void recordLoginSuccess(long id) {
        jdbc.sql("update users set failed_logins = 0, locked_until = null, last_seen_at = now() where id = ?")
                .param(id).update();
    }

    public void unlockExpired(long id) {
        jdbc.sql("update users set failed_logins = 0, locked_until = null where id = ? and locked_until < now()")
                .param(id).update();
    }

    public void touchSeen(long id) {
        jdbc.sql("update users set last_seen_at = now() where id = ? and (last_seen_at is null or last_seen_at < now() - interval '5 minutes')")
                .param(id).update();
    }

    public List<UserAccount> all(int limit, long afterId) {
        return jdbc.sql("select * from users where id > ? and is_active order by id limit ?")
                .params(afterId, limit).query(MAPPER).list();
    }

    public boolean isActive(long id) {
        return jdbc.sql("select count(*) from users where id = ? and is_active").param(id).query(Long.class).single() > 0;
    }

    /** The active ones among {@code ids}, in one query. */
    public Set<Long> activeIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select id from users where id in (:ids) and is_active").param("ids", ids)
                .query(Long.class).list());
    }

    /**
     * Row-locks the account until the caller's transaction ends (which it joins; there must be one), so that
     * another module can serialise its per-user changes on the account without locking the users table itself.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lock(long id) {
        jdbc.sql("select id from users where id = ? for update").param(id).query(Long.class).optional();
    }

    /**
     * Like {@link #lock} for two accounts, in id order (no deadlock between callers locking the same pair); returns
     * the ids of the ones that exist and are active, ascending.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Long> lockActive(long a, long b) {
        return jdbc.sql("select id from users where id in (:a, :b) and is_active order by id for update")
                .param("a", a).param("b", b).query(Long.class).list();
    }

    /** Distinct users seen in the last day, 7 days and 30 days (users_last_seen_idx); for the operations page. */
    public ActiveUserCounts activeUserCounts() {
        return jdbc.sql("""
                select count(*) filter (where last_seen_at >= now() - interval '1 day')  as dau,
                       count(*) filter (where last_seen_at >= now() - interval '7 days') as wau,
                       count(*)                                                           as mau
                  from users
                 where last_seen_at >= now() - interval '30 days'""")
                .query((rs, i) -> new ActiveUserCounts(rs.getLong("dau"), rs.getLong("wau"), rs.getLong("mau")))
                .single();
    }

    public record ActiveUserCounts(long dau, long wau, long mau) {
    }
}
