package app.dearme.auth;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Refresh-token transport and rotation. {@code refreshGrace}: how long a just-rotated refresh token still answers
 * with its successor (two tabs refreshing at once) before a re-use counts as a replay and revokes the session.
 * {@code cookieSecure} stays on everywhere: browsers accept Secure cookies on http://localhost.
 */
@ConfigurationProperties("dearme.auth")
record AuthProperties(@DefaultValue("10s") Duration refreshGrace,
                      @DefaultValue("dearme_refresh") String refreshCookie,
                      @DefaultValue("/api/v1/auth") String refreshCookiePath,
                      @DefaultValue("true") boolean cookieSecure) {
}
