package app.dearme.auth;

import static org.assertj.core.api.Assertions.assertThat;

import app.dearme.support.TestApi;
import app.dearme.support.TestUsers;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Production rate limits (a separate context with the default numbers). Shares the embedded PostgreSQL
 * with the main test context; uses X-Forwarded-For from the trusted loopback proxy to act as several clients.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "dearme.data-dir=target/it-data",
        "spring.lifecycle.timeout-per-shutdown-phase=1s",
        "dearme.db.clean-embedded=true",
        "dearme.mail.dev-inbox=true",
        "dearme.rate-limit.trusted-proxies=127.0.0.1",
        "spring.mail.host="
})
class RateLimitIT {

    @LocalServerPort
    int port;

    @Test
    void loginIsLimitedToFivePerMinutePerClientIpWithRetryAfter() {
        TestApi api = new TestApi(port);
        for (int i = 0; i < 5; i++) {
            api.post("/api/v1/auth/login", Map.of("email", "ghost" + i + "@dearme.test", "password", "whatever-1"))
                    .header("X-Forwarded-For", "203.0.113.7").expect(401);
        }
        TestApi.Resp limited = api.post("/api/v1/auth/login", Map.of("email", "ghost9@dearme.test", "password", "whatever-1"))
                .header("X-Forwarded-For", "203.0.113.7").expect(429);
        assertThat(limited.contentType()).startsWith("application/problem+json");
        assertThat(Integer.parseInt(limited.header("Retry-After"))).isBetween(1, 61);
        // another client is not affected
        api.post("/api/v1/auth/login", Map.of("email", "ghost@dearme.test", "password", "whatever-1"))
                .header("X-Forwarded-For", "203.0.113.8").expect(401);
    }

    @Test
    void loginIsLimitedPerAccountAcrossIps() {
        TestApi api = new TestApi(port);
        String email = TestUsers.uniqueName("acct") + "@dearme.test";
        for (int i = 0; i < 5; i++) {
            api.post("/api/v1/auth/login", Map.of("email", email, "password", "whatever-1"))
                    .header("X-Forwarded-For", "198.51.100." + i).expect(401);
        }
        api.post("/api/v1/auth/login", Map.of("email", email, "password", "whatever-1"))
                .header("X-Forwarded-For", "198.51.100.99").expect(429);
    }

    @Test
    void registerIsLimitedToThreePerMinutePerIp() {
        TestApi api = new TestApi(port);
        for (int i = 0; i < 3; i++) {
            String n = TestUsers.uniqueName("rl");
            api.post("/api/v1/auth/register", Map.of("email", n + "@dearme.test", "username", n, "password", "diary-pass-1"))
                    .header("X-Forwarded-For", "192.0.2.44").expect(201);
        }
        String n = TestUsers.uniqueName("rl");
        api.post("/api/v1/auth/register", Map.of("email", n + "@dearme.test", "username", n, "password", "diary-pass-1"))
                .header("X-Forwarded-For", "192.0.2.44").expect(429);
    }

    @Test
    void forgotPasswordIsLimitedPerIp() {
        TestApi api = new TestApi(port);
        for (int i = 0; i < 5; i++) {
            api.post("/api/v1/auth/forgot-password", Map.of("email", "x" + i + "@dearme.test"))
                    .header("X-Forwarded-For", "192.0.2.55").expect(200);
        }
        api.post("/api/v1/auth/forgot-password", Map.of("email", "y@dearme.test"))
                .header("X-Forwarded-For", "192.0.2.55").expect(429);
    }

    @Test
    void xForwardedForFromAnUntrustedPeerIsIgnored() {
        // the direct peer here is 127.0.0.1 (trusted), so emulate an untrusted chain: the right-most
        // untrusted hop is the client, whatever the left-most (spoofable) entry says
        TestApi api = new TestApi(port);
        for (int i = 0; i < 5; i++) {
            api.post("/api/v1/auth/login", Map.of("email", "spoof" + i + "@dearme.test", "password", "whatever-1"))
                    .header("X-Forwarded-For", "10.9.9." + i + ", 203.0.113.77").expect(401);
        }
        api.post("/api/v1/auth/login", Map.of("email", "spoof9@dearme.test", "password", "whatever-1"))
                .header("X-Forwarded-For", "1.2.3.4, 203.0.113.77").expect(429);
    }
}
