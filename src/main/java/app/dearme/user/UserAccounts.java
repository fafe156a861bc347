package app.dearme.user;

import app.dearme.vocabulary.RagContextLevel;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

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
}
