package app.dearme.platform.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/** The authenticated user of the current request thread, for infrastructure that has no controller parameter. */
public final class CurrentUser {

    private CurrentUser() {
    }

    /** The user id, or null outside an authenticated request (background jobs, anonymous endpoints). */
    public static Long id() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof Jwt jwt && jwt.getSubject() != null
                && !jwt.getSubject().isEmpty() && jwt.getSubject().chars().allMatch(Character::isDigit)) {
            return Long.valueOf(jwt.getSubject());
        }
        return null;
    }
}
