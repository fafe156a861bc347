package app.dearme.chat;

import app.dearme.platform.error.ApiException;
import app.dearme.platform.idempotency.IdempotencyKeys;
import java.util.Optional;
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

    private final IdempotencyKeys keys;
    private final JsonMapper json;
    private final ChatProperties props;

    ChatIdempotency(IdempotencyKeys keys, JsonMapper json, ChatProperties props) {
        this.keys = keys;
        this.json = json;
        this.props = props;
    }

    static String hash(long chatId, String content) {
        return IdempotencyKeys.hash(chatId + "\n" + content);
    }

    static void validateKey(String key) {
        IdempotencyKeys.validate(key);
    }

    /** The stored result for a repeated request; empty when the key is new (or expired). */
    Optional<Stored> lookup(long userId, String key, String requestHash) {
        Optional<IdempotencyKeys.Entry> entry = keys.find(userId, SCOPE, key, props.idempotencyTtl());
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        if (!entry.get().sameRequest(requestHash)) {
            throw ApiException.conflict("idempotency-key-reused", "같은 Idempotency-Key가 다른 요청에 쓰였어요.",
                    "This Idempotency-Key was used for a different request.");
        }
        if (!entry.get().completed()) {
            throw inProgress();
        }
        return Optional.of(json.readValue(entry.get().responseBody(), Stored.class));
    }

    void claim(long userId, String key, String requestHash) {
        if (!keys.claim(userId, SCOPE, key, requestHash)) {
            throw inProgress();
        }
    }

    void complete(long userId, String key, Stored result) {
        keys.complete(userId, SCOPE, key, 201, json.writeValueAsString(result));
    }

    void release(long userId, String key) {
        keys.release(userId, SCOPE, key);
    }

    private static ApiException inProgress() {
        return ApiException.conflict("idempotency-in-progress", "같은 요청을 처리하고 있어요. 잠시 후 다시 시도해 주세요.",
                "The same request is still being processed.");
    }
}
