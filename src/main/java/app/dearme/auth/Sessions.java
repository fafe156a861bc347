package app.dearme.auth;

import app.dearme.platform.cache.CacheConfig;
import app.dearme.platform.db.RecentWriters;
import app.dearme.platform.config.DearMeProperties;
import app.dearme.platform.error.ApiException;
import app.dearme.platform.security.SessionStateLookup;
import app.dearme.user.UserAccounts;
import app.dearme.user.UserDeleting;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Login sessions and their rotating refresh tokens. Whether a session is alive is cached (every access
 * token is checked against it) and evicted on each revoke, on every instance, so logout takes effect at once.
 */
@Service
class Sessions implements SessionStateLookup {

    record Issued(long sessionId, String refreshToken) {
    }

    private final JdbcClient jdbc;
    private final DearMeProperties props;
    private final Cache cache;
    private final RefreshChain chain;
    private final AuthProperties authProps;

    private final RecentWriters writers;
    private final UserAccounts users;

    Sessions(JdbcClient jdbc, DearMeProperties props, CacheManager caches, RecentWriters writers, RefreshChain chain,
             AuthProperties authProps, UserAccounts users) {
        this.users = users;
        this.chain = chain;
        this.authProps = authProps;
        this.jdbc = jdbc;
        this.writers = writers;
        this.props = props;
        this.cache = caches.getCache(CacheConfig.AUTH_SESSION);
    }

    @Override
    public boolean isActive(long sessionId, long userId) {
        // the account's state is the user module's (issue 17): asked through its API, only when the session is live
        Boolean active = cache.get(sessionId, () -> jdbc.sql("""
                select count(*) from auth_sessions s
                 where s.id = ? and s.user_id = ? and s.revoked_at is null and s.expires_at > now()""")
                .params(sessionId, userId).query(Long.class).single() > 0 && users.isActive(userId));
        return Boolean.TRUE.equals(active);
    }

    @Transactional
    Issued open(long userId, String userAgent, String ip) {
        long sid = jdbc.sql("""
                insert into auth_sessions (user_id, expires_at, user_agent, ip)
                values (?, now() + make_interval(secs => ?), ?, ?) returning id""")
                .params(userId, props.jwt().refreshTtl().toSeconds(), truncate(userAgent, 300), truncate(ip, 64))
                .query(Long.class).single();
        writers.mark(userId); // the new client's first reads must see its account as the login left it
        return new Issued(sid, newRefresh(sid));
    }

    record Rotated(long userId, long sessionId, String refreshToken) {
    }

    /**
     * Rotates a refresh token into its successor. The conditional update makes two concurrent uses of one token
     * yield exactly one winner; the other (a second tab) gets the same successor when the token was rotated less
     * than {@code dearme.auth.refresh-grace} ago. Any later re-use is a replay: the whole session is revoked.
     */
    @Transactional(noRollbackFor = ApiException.class)
    Rotated rotate(String refreshToken) {
        String hash = Secrets.hash(refreshToken);
        var row = jdbc.sql("""
                select t.session_id, s.user_id, s.revoked_at, s.expires_at
                  from refresh_tokens t join auth_sessions s on s.id = t.session_id where t.token_hash = ?""")
                .param(hash).query((rs, i) -> new Object[] {rs.getLong(1), rs.getLong(2),
                        rs.getObject(3, OffsetDateTime.class), rs.getObject(4, OffsetDateTime.class)})
                .optional().orElseThrow(Sessions::invalidRefresh);
        long sid = (Long) row[0];
        long userId = (Long) row[1];
        if (row[2] != null || ((OffsetDateTime) row[3]).isBefore(OffsetDateTime.now())) {
            throw invalidRefresh();
        }
        // blocks behind a concurrent winner until it commits, so its successor is visible below
        int won = jdbc.sql("update refresh_tokens set rotated_at = now() where token_hash = ? and rotated_at is null")
                .param(hash).update();
        String next;
        if (won == 1) {
            next = chain.successor(refreshToken);
            jdbc.sql("insert into refresh_tokens (session_id, token_hash) values (?, ?)")
                    .params(sid, Secrets.hash(next)).update();
        } else {
            next = liveSuccessorWithinGrace(sid, refreshToken).orElse(null);
            if (next == null) {
                revoke(sid);
                throw ApiException.unauthorized("이미 사용된 토큰이에요. 보안을 위해 이 세션을 종료했어요. 다시 로그인해 주세요.",
                        "This refresh token was already used; the session has been revoked. Please log in again.");
            }
        }
        jdbc.sql("update auth_sessions set last_used_at = now(), expires_at = now() + make_interval(secs => ?) where id = ?")
                .params(props.jwt().refreshTtl().toSeconds(), sid).update();
        return new Rotated(userId, sid, next);
    }

    /**
     * Follows the chain from a rotated token while each link was rotated within the grace window, to the
     * session's current (unrotated) token; empty when the window has passed or the chain is unknown.
     */
    private Optional<String> liveSuccessorWithinGrace(long sid, String token) {
        String t = token;
        for (int step = 0; step < 4; step++) {
            boolean recent = jdbc.sql("""
                    select count(*) from refresh_tokens where token_hash = ? and session_id = ?
                       and rotated_at > now() - make_interval(secs => ?)""")
                    .params(Secrets.hash(t), sid, authProps.refreshGrace().toMillis() / 1000.0)
                    .query(Long.class).single() > 0;
            if (!recent) {
                return Optional.empty();
            }
            String next = chain.successor(t);
            Optional<Boolean> rotated = jdbc.sql("select rotated_at is not null from refresh_tokens where token_hash = ? and session_id = ?")
                    .params(Secrets.hash(next), sid).query(Boolean.class).optional();
            if (rotated.isEmpty()) {
                return Optional.empty();
            }
            if (!rotated.get()) {
                return Optional.of(next);
            }
            t = next;
        }
        return Optional.empty();
    }

    @Transactional
    void revoke(long sessionId) {
        jdbc.sql("update auth_sessions set revoked_at = now() where id = ? and revoked_at is null").param(sessionId).update();
        evict(sessionId);
    }

    /** Revokes every session of the user except {@code keep} (0 = none kept). */
    @Transactional
    void revokeAll(long userId, long keep) {
        List<Long> ids = jdbc.sql("update auth_sessions set revoked_at = now() where user_id = ? and id <> ? and revoked_at is null returning id")
                .params(userId, keep).query(Long.class).list();
        ids.forEach(this::evict);
    }

    @Transactional(readOnly = true)
    List<AuthDtos.SessionView> list(long userId, long currentSid) {
        return jdbc.sql("""
                select id, created_at, last_used_at, user_agent, ip from auth_sessions
                 where user_id = ? and revoked_at is null and expires_at > now() order by last_used_at desc""")
                .param(userId).query((rs, i) -> new AuthDtos.SessionView(rs.getLong("id"),
                        rs.getObject("created_at", OffsetDateTime.class), rs.getObject("last_used_at", OffsetDateTime.class),
                        rs.getString("user_agent"), rs.getString("ip"), rs.getLong("id") == currentSid)).list();
    }

    @Transactional
    void revokeOwned(long userId, long sessionId) {
        int n = jdbc.sql("update auth_sessions set revoked_at = now() where id = ? and user_id = ? and revoked_at is null")
                .params(sessionId, userId).update();
        if (n == 0) {
            throw ApiException.notFound("세션");
        }
        evict(sessionId);
    }

    /**
     * Stays a synchronous, in-transaction listener on purpose (issue 17): it must read the user's session ids
     * before the deletion commits (the sessions go with the user), and it only evicts caches (the cluster cache
     * evicts again on commit); there is nothing to retry later.
     */
    @EventListener
    void onUserDeleting(UserDeleting e) {
        jdbc.sql("select id from auth_sessions where user_id = ?").param(e.userId()).query(Long.class).list()
                .forEach(cache::evict);
    }

    /** Evicts here at once, after commit and on every other instance (ClusterCacheManager). */
    private void evict(long sessionId) {
        cache.evict(sessionId);
    }

    private String newRefresh(long sid) {
        String token = Secrets.newToken();
        jdbc.sql("insert into refresh_tokens (session_id, token_hash) values (?, ?)").params(sid, Secrets.hash(token)).update();
        return token;
    }

    private static ApiException invalidRefresh() {
        return ApiException.unauthorized("리프레시 토큰이 유효하지 않아요. 다시 로그인해 주세요.",
                "The refresh token is invalid or expired. Please log in again.");
    }

    private static String truncate(String s, int max) {
        return s == null ? null : s.length() > max ? s.substring(0, max) : s;
    }
}
