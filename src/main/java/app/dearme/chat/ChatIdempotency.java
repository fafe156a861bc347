package app.dearme.chat;

import app.dearme.platform.error.ApiException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Idempotency-Key for chat sends (SPEC §1): the key is claimed in the same transaction that stores
 * the user message, and completed with both messages in the one that stores the reply. A retry with
 * the same key and body replays them; a different body, or a retry while the first is still running, is 409.
 */
@Component
class ChatIdempotency {

    static final String SCOPE = "chat_message";

    record Stored(ChatDtos.Message userMessage, ChatDtos.Message reply) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ChatProperties props;

    ChatIdempotency(JdbcClient jdbc, JsonMapper json, ChatProperties props) {
        this.jdbc = jdbc;
        this.json = json;
        this.props = props;
    }

    static String hash(long chatId, String content) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest((chatId + "\n" + content).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void validateKey(String key) {
        if (key != null && (key.isBlank() || key.length() > 200)) {
            throw ApiException.badRequest("Idempotency-Key", "Idempotency-Key는 1~200자여야 해요.",
                    "Idempotency-Key must be 1-200 characters.");
        }
    }

    /** The stored result for a repeated request; empty when the key is new (or expired). */
    Optional<Stored> lookup(long userId, String key, String requestHash) {
        jdbc.sql("delete from idempotency_keys where user_id = ? and scope = ? and idem_key = ? "
                        + "and created_at < now() - make_interval(secs => ?)")
                .params(userId, SCOPE, key, props.idempotencyTtl().toSeconds()).update();
        var row = jdbc.sql("select request_hash, response_body from idempotency_keys where user_id = ? and scope = ? and idem_key = ?")
                .params(userId, SCOPE, key).query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)}).optional();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        if (!row.get()[0].equals(requestHash)) {
            throw ApiException.conflict("idempotency-key-reused", "같은 Idempotency-Key가 다른 요청에 쓰였어요.",
                    "This Idempotency-Key was used for a different request.");
        }
        if (row.get()[1] == null) {
            throw inProgress();
        }
        return Optional.of(json.readValue(row.get()[1], Stored.class));
    }

    void claim(long userId, String key, String requestHash) {
        int n = jdbc.sql("insert into idempotency_keys (user_id, scope, idem_key, request_hash) values (?, ?, ?, ?) "
                        + "on conflict do nothing")
                .params(userId, SCOPE, key, requestHash).update();
        if (n == 0) {
            throw inProgress();
        }
    }

    void complete(long userId, String key, Stored result) {
        jdbc.sql("update idempotency_keys set response_status = 201, response_body = ? where user_id = ? and scope = ? and idem_key = ?")
                .params(json.writeValueAsString(result), userId, SCOPE, key).update();
    }

    void release(long userId, String key) {
        jdbc.sql("delete from idempotency_keys where user_id = ? and scope = ? and idem_key = ? and response_body is null")
                .params(userId, SCOPE, key).update();
    }

    private static ApiException inProgress() {
        return ApiException.conflict("idempotency-in-progress", "같은 요청을 처리하고 있어요. 잠시 후 다시 시도해 주세요.",
                "The same request is still being processed.");
    }
}
