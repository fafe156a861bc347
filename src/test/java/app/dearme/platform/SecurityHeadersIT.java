package app.dearme.platform;

import static org.assertj.core.api.Assertions.assertThat;

import app.dearme.support.IntegrationTest;
import app.dearme.support.TestApi;
import org.junit.jupiter.api.Test;

/** Issue 14: HSTS behind a TLS-terminating proxy (forward headers), never on plain http. */
class SecurityHeadersIT extends IntegrationTest {

    @Test
    void aRequestForwardedAsHttpsGetsStrictTransportSecurity() {
        TestApi.Resp r = api.get("/health").header("X-Forwarded-Proto", "https").expect(200);
        assertThat(r.header("Strict-Transport-Security")).isNotNull().contains("max-age=31536000")
                .contains("includeSubDomains");
        TestApi.Resp apiCall = api.get("/api/v1/subscriptions/plans").header("X-Forwarded-Proto", "https").expect(200);
        assertThat(apiCall.header("Strict-Transport-Security")).isNotNull();
    }

    @Test
    void plainHttpGetsNoStrictTransportSecurity() {
        assertThat(api.get("/health").expect(200).header("Strict-Transport-Security")).isNull();
        assertThat(api.get("/health").header("X-Forwarded-Proto", "http").expect(200).header("Strict-Transport-Security"))
                .isNull();
    }
}
