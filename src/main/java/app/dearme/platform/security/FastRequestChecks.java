package app.dearme.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * The firewall's header and parameter-name rules and the bearer-header parsing of Spring Security, with the same
 * accepted sets, as character loops instead of regular expressions. On a cached read the regex versions took about a
 * tenth of the request's CPU (JFR, bench/results/README.md, issue 15); {@code FastRequestChecksTest} compares both
 * versions character by character.
 */
final class FastRequestChecks {

    private FastRequestChecks() {
    }

    /** Spring's default: {@code [\p{IsAssigned}&&[^\p{IsControl}]]*}. */
    static boolean assignedAndNotControl(String s) {
        return assignedWithoutControls(s, false);
    }

    /** Spring's default for header values: {@code [\p{IsAssigned}&&[[^\p{IsControl}]||\t]]*}. */
    static boolean headerValue(String s) {
        return assignedWithoutControls(s, true);
    }

    private static boolean assignedWithoutControls(String s, boolean tabAllowed) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (!Character.isDefined(cp) || (Character.isISOControl(cp) && !(tabAllowed && cp == '\t'))) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    static StrictHttpFirewall firewall() {
        StrictHttpFirewall f = new StrictHttpFirewall();
        f.setAllowedHeaderNames(FastRequestChecks::assignedAndNotControl);
        f.setAllowedHeaderValues(FastRequestChecks::headerValue);
        f.setAllowedParameterNames(FastRequestChecks::assignedAndNotControl);
        return f;
    }

    /**
     * The default resolver with its defaults (header only, no form or query token): a header starting with "bearer"
     * in any case must be {@code Bearer <b64token>} (RFC 6750: {@code [A-Za-z0-9-._~+/]+=*}), else it is malformed.
     */
    static final BearerTokenResolver BEARER = FastRequestChecks::bearer;

    static String bearer(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "bearer", 0, 6)) {
            return null;
        }
        if (header.length() < 8 || header.charAt(6) != ' ') {
            throw malformed();
        }
        int end = header.length();
        while (end > 7 && header.charAt(end - 1) == '=') {
            end--;
        }
        if (end == 7) {
            throw malformed();
        }
        for (int i = 7; i < end; i++) {
            if (!tokenChar(header.charAt(i))) {
                throw malformed();
            }
        }
        return header.substring(7);
    }

    private static boolean tokenChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
    }

    private static OAuth2AuthenticationException malformed() {
        return new OAuth2AuthenticationException(BearerTokenErrors.invalidToken("Bearer token is malformed"));
    }
}
