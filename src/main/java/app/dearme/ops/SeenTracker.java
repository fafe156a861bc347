package app.dearme.ops;

import app.dearme.platform.security.CurrentUser;
import app.dearme.user.UserAccounts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Keeps {@code users.last_seen_at} fresh for DAU/WAU/MAU: at most one UPDATE per user per
 * {@code seen-throttle}, decided in memory, so almost every request costs a map lookup only.
 * Per instance, so a cluster writes at most once per instance and window; that is still cheap.
 */
@Component
class SeenTracker implements HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(SeenTracker.class);

    private final UserAccounts accounts;
    private final long throttleNanos;
    private final ConcurrentHashMap<Long, Long> lastTouch = new ConcurrentHashMap<>();

    SeenTracker(UserAccounts accounts, OpsProperties props) {
        this.accounts = accounts;
        this.throttleNanos = props.seenThrottle().toNanos();
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Long user = CurrentUser.id();
        if (user != null) {
            try {
                seen(user, System.nanoTime());
            } catch (RuntimeException e) {
                // activity tracking must never fail a request
                log.debug("last_seen update skipped: {}", e.toString());
            }
        }
        return true;
    }

    void seen(long userId, long nowNanos) {
        Long prev = lastTouch.get(userId);
        if (prev != null && nowNanos - prev < throttleNanos) {
            return;
        }
        // only the thread that wins the swap writes
        boolean won = prev == null ? lastTouch.putIfAbsent(userId, nowNanos) == null
                : lastTouch.replace(userId, prev, nowNanos);
        if (won) {
            accounts.touchSeen(userId);
        }
    }

    /** Drops entries older than the throttle so the map holds only the last few minutes' users. */
    void prune(long nowNanos) {
        lastTouch.values().removeIf(t -> nowNanos - t >= throttleNanos);
    }

    int tracked() {
        return lastTouch.size();
    }
}
