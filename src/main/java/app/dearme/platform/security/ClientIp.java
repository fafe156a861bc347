package app.dearme.platform.security;

import app.dearme.platform.config.DearMeProperties;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.stereotype.Component;

/** Real client IP: X-Forwarded-For is honoured only when the direct peer is a configured trusted proxy. */
@Component
public class ClientIp {

    private final List<String> trusted;

    ClientIp(DearMeProperties props) {
        this.trusted = props.rateLimit().trustedProxies();
    }

    public String of(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        String xff = request.getHeader("X-Forwarded-For");
        if (xff != null && !xff.isBlank() && trusted.contains(peer)) {
            String[] hops = xff.split(",");
            // walk from the right: the first hop that is not one of our proxies is the client
            for (int i = hops.length - 1; i >= 0; i--) {
                String hop = hops[i].trim();
                if (!trusted.contains(hop) && !hop.isEmpty()) {
                    return hop.length() > 64 ? hop.substring(0, 64) : hop;
                }
            }
        }
        return peer;
    }
}
