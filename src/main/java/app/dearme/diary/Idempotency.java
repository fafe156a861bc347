package app.dearme.diary;

import app.dearme.platform.error.ApiException;
import app.dearme.platform.idempotency.IdempotencyKeys;
import java.util.Optional;
import java.util.function.Supplier;
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

    private final IdempotencyKeys keys;
    private final DiaryProperties props;

    Idempotency(IdempotencyKeys keys, DiaryProperties props) {
        this.keys = keys;
        this.props = props;
    }

    record Response(int status, String body) {
    }

    static void checkKey(String key) {
        IdempotencyKeys.validate(key);
    }

    static String hash(byte[] request) {
        return IdempotencyKeys.hash(request);
    }

    static String hash(String request) {
        return IdempotencyKeys.hash(request);
    }

    /** Must run inside the caller's write transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    Response run(long userId, String scope, String key, String requestHash, Supplier<Response> action) {
        if (key == null) {
            return action.get();
        }
        Optional<IdempotencyKeys.Entry> seen = keys.find(userId, scope, key, props.idempotencyTtl());
        if (seen.isEmpty() && keys.claim(userId, scope, key, requestHash)) {
            Response r = action.get();
            keys.complete(userId, scope, key, r.status(), r.body());
            return r;
        }
        // lost the race to a concurrent first attempt: read what it left once it finished
        IdempotencyKeys.Entry entry = seen.or(() -> keys.find(userId, scope, key, props.idempotencyTtl()))
                .orElseThrow(Idempotency::inProgress);
        if (!entry.sameRequest(requestHash)) {
            throw ApiException.unprocessable("idempotency-key-reused", "같은 Idempotency-Key가 다른 요청에 이미 쓰였어요.",
                    "This Idempotency-Key was already used with a different request body.");
        }
        if (entry.completed()) {
            return new Response(entry.responseStatus(), entry.responseBody());
        }
        throw inProgress();
    }

    private static ApiException inProgress() {
        return ApiException.conflict("idempotency-in-progress", "같은 요청을 처리하고 있어요. 잠시 후 다시 시도해 주세요.",
                "The same request is still being processed; retry shortly.");
    }
}
