package app.dearme.auth;

import app.dearme.platform.config.DearMeProperties;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * The web app's refresh token: an HttpOnly, Secure, SameSite=Strict cookie sent only to {@code /api/v1/auth}
 * (refresh and logout), so page scripts never see it and no other request carries it (docs/security.md, CSRF).
 */
@Component
class RefreshCookies {

    private final AuthProperties auth;
    private final DearMeProperties props;

    RefreshCookies(AuthProperties auth, DearMeProperties props) {
        this.auth = auth;
        this.props = props;
    }

    void set(HttpServletResponse response, String refreshToken) {
        write(response, refreshToken, props.jwt().refreshTtl());
    }

    void clear(HttpServletResponse response) {
        write(response, "", Duration.ZERO);
    }

    /** The cookie's token, or null; a malformed or oversized value counts as none. */
    String read(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie c : cookies) {
            if (auth.refreshCookie().equals(c.getName()) && c.getValue() != null && !c.getValue().isBlank()
                    && c.getValue().length() <= 200) {
                return c.getValue();
            }
        }
        return null;
    }

    private void write(HttpServletResponse response, String value, Duration maxAge) {
        ResponseCookie cookie = ResponseCookie.from(auth.refreshCookie(), value)
                .httpOnly(true)
                .secure(auth.cookieSecure())
                .sameSite("Strict")
                .path(auth.refreshCookiePath())
                .maxAge(maxAge)
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }
}
