package app.dearme.platform;

import static org.assertj.core.api.Assertions.assertThat;

import app.dearme.support.IntegrationTest;
import app.dearme.support.TestApi;
import app.dearme.support.TestUsers;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PlatformIT extends IntegrationTest {

    @Test
    void healthReportsComponentsAndProbes() {
        JsonNode h = api.get("/health").expect(200).json();
        assertThat(h.get("status").asString()).isEqualTo("UP");
        assertThat(h.get("components").get("db").get("status").asString()).isEqualTo("UP");
        assertThat(h.get("components").get("ai").get("engine").asString()).isEqualTo("local");
        assertThat(h.get("components").get("ai").get("status").asString()).isEqualTo("UP");
        api.get("/health/liveness").expect(200);
        assertThat(api.get("/health/readiness").expect(200).json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void metricsArePrometheusTextWithHttpHistograms() {
        api.get("/health").expect(200);
        TestApi.Resp m = api.get("/metrics").expect(200);
        assertThat(m.contentType()).startsWith("text/plain");
        assertThat(m.text()).contains("http_server_requests_seconds_bucket");
        // the chat admission gate is visible to whoever runs the instance (alert on slots available = 0)
        assertThat(m.text()).contains("dearme_chat_turn_slots_available", "dearme_chat_turn_slots_waiting");
        // the per-cache hit/miss counters survive the cluster-evicting wrapper around the Caffeine caches
        assertThat(m.text()).contains("cache_gets_total{cache=\"persona\"", "cache_gets_total{cache=\"authSession\"");
        api.get("/actuator/prometheus").expect(200);
    }

    @Test
    void openApiAndSwaggerUiAreServed() {
        JsonNode doc = api.get("/v3/api-docs").expect(200).json();
        assertThat(doc.get("paths").has("/api/v1/auth/login")).isTrue();
        assertThat(doc.get("info").get("title").asString()).isEqualTo("DearMe API");
        assertThat(doc.get("components").get("securitySchemes").get("bearer").get("scheme").asString()).isEqualTo("bearer");
        // the authenticated caller is resolved from the token, never documented as a parameter
        assertThat(doc.get("paths").get("/api/v1/personas/me").get("get").path("parameters").valueStream()
                .map(p -> p.get("name").asString()).toList()).doesNotContain("me");
        assertThat(doc.toString()).doesNotContain("\"name\":\"me\"");
        TestApi.Resp ui = api.get("/docs").send();
        assertThat(ui.status()).isIn(200, 302);
    }

    @Test
    void everyResponseHasSecurityHeadersAndARequestId() {
        TestApi.Resp r = api.get("/health").header("X-Request-Id", "req-12345678").expect(200);
        assertThat(r.header("X-Request-Id")).isEqualTo("req-12345678");
        assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(r.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(r.header("Referrer-Policy")).isNotBlank();
        assertThat(r.header("Content-Security-Policy")).contains("default-src 'self'");
        // an unsafe incoming id is replaced
        TestApi.Resp r2 = api.get("/health").header("X-Request-Id", "bad<id>!!").expect(200);
        assertThat(r2.header("X-Request-Id")).isNotEqualTo("bad<id>!!").hasSizeGreaterThan(8);
    }

    @Test
    void unknownApiRouteIsAProblem404AndWrongMethodIs405() {
        TestUsers.User u = users.aUser();
        TestApi.Resp r = api.get("/api/v1/does-not-exist").auth(u).expect(404);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("status").asInt()).isEqualTo(404);
        TestApi.Resp m = api.put("/api/v1/users/me", Map.of()).auth(u).send();
        assertThat(m.status()).isEqualTo(405);
        assertThat(m.contentType()).startsWith("application/problem+json");
    }

    @Test
    void missingOrGarbageTokenIsProblem401() {
        TestApi.Resp r = api.get("/api/v1/users/me").expect(401);
        assertThat(r.contentType()).startsWith("application/problem+json");
        // the filter-written problems follow the same language rule as the rest (Korean first)
        assertThat(r.json().get("title").asString()).isEqualTo("인증 필요");
        assertThat(api.get("/api/v1/users/me").header("Accept-Language", "en").expect(401).json().get("title").asString())
                .isEqualTo("Unauthorized");
        api.get("/api/v1/users/me").auth("not.a.jwt").expect(401);
        // token must not be accepted from the query string
        TestUsers.User u = users.aUser();
        api.get("/api/v1/users/me?access_token=" + u.accessToken()).expect(401);
    }

    @Test
    void englishDetailWithAcceptLanguage() {
        JsonNode ko = api.post("/api/v1/auth/login", "{oops").expect(400).json();
        JsonNode en = api.post("/api/v1/auth/login", "{oops").header("Accept-Language", "en").expect(400).json();
        assertThat(ko.get("detail").asString()).containsPattern("[가-힣]");
        assertThat(en.get("detail").asString()).doesNotContainPattern("[가-힣]").isNotBlank();
    }

    @Test
    void bodyOverOneMebibyteIs413() {
        String big = "{\"email\":\"" + "a".repeat(1024 * 1024 + 10) + "\",\"password\":\"x\"}";
        TestApi.Resp r = api.post("/api/v1/auth/login", big).send();
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("title").asString()).isEqualTo("요청이 너무 큼");
        assertThat(r.json().get("type").asString()).endsWith("/too-large");
    }

    @Test
    void wrongContentTypeIs415() {
        TestApi.Resp r = api.post("/api/v1/auth/register", null).raw("email=a".getBytes(), "text/plain").send();
        assertThat(r.status()).isEqualTo(415);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }

    @Test
    void devMailboxListsNewestFirst() {
        users.aUser();
        JsonNode box = api.get("/dev/mailbox").expect(200).json();
        assertThat(box.isArray()).isTrue();
        assertThat(box.get(0).has("sent_at")).isTrue();
        assertThat(box.get(0).get("html").asString()).contains("<a href=");
    }
}
