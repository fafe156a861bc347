package app.dearme.auth;

import app.dearme.platform.error.ApiException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Single-use e-mail link tokens (verify 24 h, reset 1 h), stored hashed. */
@Service
class EmailTokens {

    static final String VERIFY = "verify";
    static final String RESET = "reset";

    private final JdbcClient jdbc;

    EmailTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String issue(long userId, String purpose, Duration ttl) {
        String token = Secrets.newToken();
        jdbc.sql("insert into email_tokens (user_id, purpose, token_hash, expires_at) values (?, ?, ?, now() + make_interval(secs => ?))")
                .params(userId, purpose, Secrets.hash(token), ttl.toSeconds()).update();
        return token;
    }

    /** Seconds since the last token of this purpose was issued for the user, if any. */
    Optional<Long> secondsSinceLast(long userId, String purpose) {
        return jdbc.sql("select extract(epoch from now() - max(created_at))::bigint from email_tokens where user_id = ? and purpose = ?")
                .params(userId, purpose).query(Long.class).optional();
    }

    /**
     * Marks every outstanding link of this purpose used: after a reset or a password change an older reset link
     * (perhaps still sitting in a compromised mailbox) must not set the password again.
     */
    void invalidateAll(long userId, String purpose) {
        jdbc.sql("update email_tokens set used_at = now() where user_id = ? and purpose = ? and used_at is null")
                .params(userId, purpose).update();
    }

    /** Marks the token used and returns its user; 400 when unknown, expired or already used. */
    long consume(String token, String purpose) {
        return jdbc.sql("""
                update email_tokens set used_at = now()
                 where token_hash = ? and purpose = ? and used_at is null and expires_at > now()
                returning user_id""").params(Secrets.hash(token), purpose).query(Long.class).optional()
                .orElseThrow(() -> new ApiException(org.springframework.http.HttpStatus.BAD_REQUEST, "invalid-token",
                        "링크가 유효하지 않거나 만료되었거나 이미 사용되었어요.", "The link is invalid, expired or already used."));
    }
}
