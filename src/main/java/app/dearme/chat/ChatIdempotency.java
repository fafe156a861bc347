package app.dearme.chat;

import app.dearme.platform.idempotency.IdempotencyKeys;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Idempotency-Key for chat sends (SPEC §1): the key is claimed in the same transaction that stores
 * the user message, and completed with both messages in the one that stores the reply. A retry with
 * the same key and body replays them; a reused or busy key gets the platform's one answer ({@link IdempotencyKeys}).
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
        return keys.replay(userId, SCOPE, key, requestHash, props.idempotencyTtl())
                .map(entry -> json.readValue(entry.responseBody(), Stored.class));
    }

    void claim(long userId, String key, String requestHash) {
        keys.claimOrConflict(userId, SCOPE, key, requestHash);
    }

    void complete(long userId, String key, Stored result) {
        keys.complete(userId, SCOPE, key, 201, json.writeValueAsString(result));
    }

    void release(long userId, String key) {
        keys.release(userId, SCOPE, key);
    }
}
