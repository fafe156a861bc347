package app.dearme.platform.idempotency;

import app.dearme.platform.error.ApiException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code idempotency_keys} store behind every {@code Idempotency-Key} header (SPEC §1). Modules decide
 * how a claim spans their transactions; this class owns the key rules, the request hash and the SQL.
 */
@Component
public class IdempotencyKeys {

    public static final int MAX_KEY_LENGTH = 200;

    /** A key seen before: the first request's hash and, once it completed, its stored response. */
    public record Entry(String requestHash, Integer responseStatus, String responseBody) {
        public boolean sameRequest(String hash) {
            return requestHash.equals(hash);
        }

        public boolean completed() {
            return responseStatus != null;
        }
    }

    private final JdbcClient jdbc;

    IdempotencyKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A present key must be 1–200 characters (400 otherwise); an absent one means "not idempotent". */
    public static void validate(String key) {
        if (key != null && (key.isBlank() || key.length() > MAX_KEY_LENGTH)) {
            throw ApiException.badRequest("Idempotency-Key", "Idempotency-Key는 1~200자여야 해요.",
                    "Idempotency-Key must be 1–200 characters.");
        }
    }

    public static String hash(String request) {
        return hash(request.getBytes(StandardCharsets.UTF_8));
    }

    public static String hash(byte[] request) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(request));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Forgets the key once it is older than {@code ttl}, then returns what is stored for it, if anything. */
    public Optional<Entry> find(long userId, String scope, String key, Duration ttl) {
        jdbc.sql("delete from idempotency_keys where user_id = ? and scope = ? and idem_key = ? "
                        + "and created_at < now() - make_interval(secs => ?)")
                .params(userId, scope, key, ttl.toSeconds()).update();
        return jdbc.sql("select request_hash, response_status, response_body from idempotency_keys "
                        + "where user_id = ? and scope = ? and idem_key = ?")
                .params(userId, scope, key)
                .query((rs, i) -> new Entry(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3))).optional();
    }

    /**
     * Claims the key for this request; false when another request holds it. Inside a transaction a concurrent
     * claim of the same key blocks on the primary key until the first one commits or rolls back.
     */
    public boolean claim(long userId, String scope, String key, String requestHash) {
        return jdbc.sql("insert into idempotency_keys (user_id, scope, idem_key, request_hash) values (?, ?, ?, ?) "
                        + "on conflict do nothing")
                .params(userId, scope, key, requestHash).update() > 0;
    }

    public void complete(long userId, String scope, String key, int status, String body) {
        jdbc.sql("update idempotency_keys set response_status = ?, response_body = ? where user_id = ? and scope = ? "
                        + "and idem_key = ?")
                .params(status, body, userId, scope, key).update();
    }

    /** Frees a claim that never completed (the request failed), so a corrected retry runs again. */
    public void release(long userId, String scope, String key) {
        jdbc.sql("delete from idempotency_keys where user_id = ? and scope = ? and idem_key = ? and response_status is null")
                .params(userId, scope, key).update();
    }
}
