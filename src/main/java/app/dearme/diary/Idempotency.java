package app.dearme.diary;

import app.dearme.platform.error.ApiException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code Idempotency-Key} (SPEC §1) for diary writes. The key row is claimed inside the write's transaction:
 * a concurrent retry blocks on the primary key until the first attempt commits (then replays its stored
 * response) or rolls back (then runs itself). Failed attempts leave no row, so a corrected retry runs again.
 * A reused key with a different body is a 422.
 */
@Component
class Idempotency {

    static final int MAX_KEY_LENGTH = 200;

    private final JdbcClient jdbc;
    private final DiaryProperties props;

    Idempotency(JdbcClient jdbc, DiaryProperties props) {
        this.jdbc = jdbc;
        this.props = props;
    }

    record Response(int status, String body) {
    }

    static void checkKey(String key) {
        if (key != null && (key.isBlank() || key.length() > MAX_KEY_LENGTH)) {
            throw ApiException.badRequest("Idempotency-Key", "Idempotency-Key는 1~200자여야 해요.",
                    "Idempotency-Key must be 1–200 characters.");
        }
    }

    static String hash(byte[] request) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(request));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hash(String request) {
        return hash(request.getBytes(StandardCharsets.UTF_8));
    }

    /** Must run inside the caller's write transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    Response run(long userId, String scope, String key, String requestHash, Supplier<Response> action) {
        if (key == null) {
            return action.get();
        }
        jdbc.sql("delete from idempotency_keys where user_id = ? and scope = ? and idem_key = ? "
                        + "and created_at < now() - make_interval(secs => ?)")
                .params(userId, scope, key, props.idempotencyTtl().toSeconds()).update();
        int claimed = jdbc.sql("insert into idempotency_keys (user_id, scope, idem_key, request_hash) values (?, ?, ?, ?) "
                        + "on conflict do nothing")
                .params(userId, scope, key, requestHash).update();
        if (claimed == 0) {
            Optional<Object[]> row = jdbc.sql("select request_hash, response_status, response_body from idempotency_keys "
                            + "where user_id = ? and scope = ? and idem_key = ?")
                    .params(userId, scope, key)
                    .query((rs, i) -> new Object[] {rs.getString(1), rs.getObject(2), rs.getString(3)}).optional();
            if (row.isPresent()) {
                if (!row.get()[0].equals(requestHash)) {
                    throw ApiException.unprocessable("idempotency-key-reused",
                            "같은 Idempotency-Key가 다른 요청에 이미 쓰였어요.",
                            "This Idempotency-Key was already used with a different request body.");
                }
                if (row.get()[1] != null) {
                    return new Response(((Number) row.get()[1]).intValue(), (String) row.get()[2]);
                }
            }
            throw ApiException.conflict("idempotency-in-progress", "같은 요청을 처리하고 있어요. 잠시 후 다시 시도해 주세요.",
                    "The same request is still being processed; retry shortly.");
        }
        Response r = action.get();
        jdbc.sql("update idempotency_keys set response_status = ?, response_body = ? where user_id = ? and scope = ? "
                        + "and idem_key = ?")
                .params(r.status(), r.body(), userId, scope, key).update();
        return r;
    }
}
