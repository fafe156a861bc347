package app.dearme.platform.security;

/** The authenticated caller, resolved from the access token; declare it as a controller parameter. */
public record AuthUser(long id, long sessionId, String role) {
    public boolean isAdmin() {
        return "admin".equals(role);
    }
}
