package app.dearme.diary;

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
 * The answers for a reused or busy key are the platform's one policy ({@link IdempotencyKeys}).
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
        Optional<IdempotencyKeys.Entry> replay = keys.claimOrReplay(userId, scope, key, requestHash,
                props.idempotencyTtl());
        if (replay.isPresent()) {
            return new Response(replay.get().responseStatus(), replay.get().responseBody());
        }
        Response r = action.get();
        keys.complete(userId, scope, key, r.status(), r.body());
        return r;
    }
}
