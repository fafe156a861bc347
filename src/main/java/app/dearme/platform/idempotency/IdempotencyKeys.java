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
 * The one idempotency policy behind every {@code Idempotency-Key} header (SPEC §1), and its store. Modules decide
 * how a claim spans their transactions; this class owns the key rules, the request hash, the SQL and the answers,
 * which follow the IETF draft "The Idempotency-Key HTTP Header Field": the same key with a different request is
 * <b>422</b> {@code idempotency-key-reused}; a retry while the first request still runs is <b>409</b>
 * {@code idempotency-in-progress}; a retry after it completed replays the stored response.
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

    /**
     * The stored response to replay for a repeated request; empty when the key is new (or expired). Throws the
     * policy's 422 when the key was used for a different request and 409 while the first request still runs.
     */
    public Optional<Entry> replay(long userId, String scope, String key, String requestHash, Duration ttl) {
        Optional<Entry> seen = find(userId, scope, key, ttl);
        seen.ifPresent(entry -> {
            if (!entry.sameRequest(requestHash)) {
                throw reused();
            }
            if (!entry.completed()) {
                throw inProgress();
            }
        });
        return seen;
    }

    /**
     * {@link #replay} then {@link #claim} in one step, for a caller whose whole write runs in the transaction that
     * claims: a concurrent first attempt makes the claim wait until it commits (then its response is replayed) or
     * rolls back (then this request claims and runs). Empty means "claimed: run the request, then complete".
     */
    public Optional<Entry> claimOrReplay(long userId, String scope, String key, String requestHash, Duration ttl) {
        Optional<Entry> seen = replay(userId, scope, key, requestHash, ttl);
        if (seen.isPresent() || claim(userId, scope, key, requestHash)) {
            return seen;
        }
        return Optional.of(replay(userId, scope, key, requestHash, ttl).orElseThrow(IdempotencyKeys::inProgress));
    }

    /** Claims the key or answers the policy's 409: for callers that looked it up with {@link #replay} first. */
    public void claimOrConflict(long userId, String scope, String key, String requestHash) {
        if (!claim(userId, scope, key, requestHash)) {
            throw inProgress();
        }
    }

    public static ApiException inProgress() {
        return ApiException.conflict("idempotency-in-progress", "같은 요청을 처리하고 있어요. 잠시 후 다시 시도해 주세요.",
                "The same request is still being processed; retry shortly.");
    }

    private static ApiException reused() {
        return ApiException.unprocessable("idempotency-key-reused", "같은 Idempotency-Key가 다른 요청에 이미 쓰였어요.",
                "This Idempotency-Key was already used with a different request.");
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

    /**
     * Deletes keys created more than {@code keep} ago, {@code batchSize} rows per statement (idempotency_keys_created_idx)
     * so one run never holds a long lock; returns how many went.
     */
    public int deleteOlderThan(Duration keep, int batchSize) {
        int total = 0;
        int deleted;
        do {
            deleted = jdbc.sql("delete from idempotency_keys where ctid in (select ctid from idempotency_keys "
                            + "where created_at < now() - make_interval(secs => ?) limit ?)")
                    .params(keep.toSeconds(), batchSize).update();
            total += deleted;
        } while (deleted == batchSize);
        return total;
    }
}
