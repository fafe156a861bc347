package app.dearme.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ClientIpTest {

    private static MockHttpServletRequest from(String peer, String xff) {
        MockHttpServletRequest r = new MockHttpServletRequest();
        r.setRemoteAddr(peer);
        if (xff != null) {
            r.addHeader("X-Forwarded-For", xff);
        }
        return r;
    }

    @Test
    void forwardedForIsIgnoredFromAnUntrustedPeer() {
        ClientIp ip = new ClientIp(List.of("172.28.0.10"));
        assertThat(ip.of(from("198.51.100.5", "203.0.113.7"))).isEqualTo("198.51.100.5");
        assertThat(new ClientIp(List.of()).of(from("10.0.0.3", "203.0.113.7"))).isEqualTo("10.0.0.3");
    }

    @Test
    void exactProxyAddressIsTrusted() {
        ClientIp ip = new ClientIp(List.of("172.28.0.10"));
        assertThat(ip.of(from("172.28.0.10", "203.0.113.7"))).isEqualTo("203.0.113.7");
        assertThat(ip.of(from("172.28.0.11", "203.0.113.7"))).isEqualTo("172.28.0.11");
    }

    @Test
    void cidrRangeTrustsEveryIngressPodAndSkipsChainedProxies() {
        ClientIp ip = new ClientIp(List.of("10.244.0.0/16", " fd00::/8 "));
        // a client-supplied left-most value is not believed over the hop our ingress appended
        assertThat(ip.of(from("10.244.3.17", "1.2.3.4, 203.0.113.7, 10.244.9.2"))).isEqualTo("203.0.113.7");
        assertThat(ip.of(from("fd00::12", "2001:db8::1"))).isEqualTo("2001:db8::1");
        assertThat(ip.of(from("10.245.0.1", "203.0.113.7"))).isEqualTo("10.245.0.1");
    }

    @Test
    void garbledHopIsTheClientNotAProxy() {
        ClientIp ip = new ClientIp(List.of("10.244.0.0/16"));
        assertThat(ip.of(from("10.244.0.5", "unknown"))).isEqualTo("unknown");
        assertThat(ip.of(from("10.244.0.5", "x".repeat(100)))).hasSize(64);
    }

    @Test
    void aMisconfiguredProxyFailsAtStartup() {
        assertThatThrownBy(() -> new ClientIp(List.of("nginx.internal"))).isInstanceOf(IllegalArgumentException.class);
    }
}
