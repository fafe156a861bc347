package app.dearme.platform.security;

/** Implemented by the auth module: is this session still valid? Cached; evicted on revoke. */
public interface SessionStateLookup {
    boolean isActive(long sessionId, long userId);
}
