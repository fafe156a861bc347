package app.dearme.platform.ratelimit;

import app.dearme.platform.config.DearMeProperties;
import java.util.function.ToIntFunction;

/**
 * Every request rate limit of the API (SPEC §3), each once: what its bucket is keyed by and which setting sizes it.
 * Endpoints declare theirs with {@link RateLimited}; only {@link #LOGIN_PER_ACCOUNT}, keyed by the e-mail in the
 * body, is taken by the login handler itself, after the body is read.
 */
public enum RateLimitRule {
    LOGIN_PER_IP("login-ip", Scope.CLIENT_IP, DearMeProperties.RateLimit::loginPerIp),
    LOGIN_PER_ACCOUNT("login-account", Scope.ACCOUNT, DearMeProperties.RateLimit::loginPerAccount),
    REGISTER_PER_IP("register", Scope.CLIENT_IP, DearMeProperties.RateLimit::registerPerIp),
    /** Verification and password-reset mails share one budget per address. */
    MAIL_PER_IP("mail", Scope.CLIENT_IP, DearMeProperties.RateLimit::mailPerIp),
    /** Endpoints that may call the AI engine (and so cost money) share one budget per user. */
    AI_PER_USER("ai-user", Scope.USER, DearMeProperties.RateLimit::aiPerUser);

    enum Scope { CLIENT_IP, USER, ACCOUNT }

    private final String prefix;
    private final Scope scope;
    private final ToIntFunction<DearMeProperties.RateLimit> limit;

    RateLimitRule(String prefix, Scope scope, ToIntFunction<DearMeProperties.RateLimit> limit) {
        this.prefix = prefix;
        this.scope = scope;
        this.limit = limit;
    }

    Scope scope() {
        return scope;
    }

    /** The bucket's key for one client, user or account. */
    public String key(Object subject) {
        return prefix + ":" + subject;
    }

    int limit(DearMeProperties.RateLimit cfg) {
        return limit.applyAsInt(cfg);
    }
}
