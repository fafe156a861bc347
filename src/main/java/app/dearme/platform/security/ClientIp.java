package app.dearme.platform.security;

import app.dearme.platform.config.DearMeProperties;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;

/**
 * Real client IP: X-Forwarded-For is honoured only when the direct peer is a trusted proxy. Proxies are exact
 * addresses or CIDR ranges (an ingress controller's pods have no fixed address, only a pod network).
 */
@Component
public class ClientIp {

    private final List<IpAddressMatcher> trusted;

    @Autowired
    ClientIp(DearMeProperties props) {
        this(props.rateLimit().trustedProxies());
    }

    ClientIp(List<String> trustedProxies) {
        this.trusted = trustedProxies.stream()
                .map(String::trim).filter(s -> !s.isEmpty()).map(IpAddressMatcher::new).toList();
    }

    public String of(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        String xff = request.getHeader("X-Forwarded-For");
        if (xff != null && !xff.isBlank() && isTrusted(peer)) {
            String[] hops = xff.split(",");
            // walk from the right: the first hop that is not one of our proxies is the client
            for (int i = hops.length - 1; i >= 0; i--) {
                String hop = hops[i].trim();
                if (!hop.isEmpty() && !isTrusted(hop)) {
                    return hop.length() > 64 ? hop.substring(0, 64) : hop;
                }
            }
        }
        return peer;
    }

    private boolean isTrusted(String address) {
        for (IpAddressMatcher m : trusted) {
            try {
                if (m.matches(address)) {
                    return true;
                }
            } catch (IllegalArgumentException notAnIpAddress) {
                // a forged or garbled hop ("unknown", a host name) is never one of our proxies
                return false;
            }
        }
        return false;
    }
}
