package app.dearme.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import app.dearme.DearMeApplication;
import app.dearme.support.IntegrationTest;
import app.dearme.support.TestApi;
import app.dearme.support.TestUsers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Issue 14: an instance on the {@code prod} profile (what the image runs by default), on the shared test database:
 * the public port serves the app and /health only, metrics are on the management port, no dev mailbox, no free
 * self-upgrade, and an admin can grant premium.
 */
class ProdProfileIT extends IntegrationTest {

    private static ConfigurableApplicationContext prod;
    private static TestApi pub;
    private static TestApi management;

    @BeforeAll
    static void startProdInstance() {
        // command-line arguments, like the container's environment; nothing here sets what the profile decides
        prod = new SpringApplicationBuilder(DearMeApplication.class).run(
                "--spring.profiles.active=prod",
                "--server.port=0",
                "--management.server.port=0",
                "--dearme.data-dir=target/it-data",
                "--dearme.admin-emails=admin@dearme.test",
                "--dearme.rate-limit.enabled=false",
                "--spring.lifecycle.timeout-per-shutdown-phase=1s",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + SMTP.getSmtp().getPort(),
                "--db-scheduler.polling-interval=200ms");
        pub = new TestApi(((WebServerApplicationContext) prod).getWebServer().getPort());
        management = new TestApi(Integer.parseInt(prod.getEnvironment().getProperty("local.management.port")));
    }

    @AfterAll
    static void stopProdInstance() {
        if (prod != null) {
            prod.close();
        }
    }

    @Test
    void thePublicPortServesHealthButNoMetricsActuatorApiDocsOrDevMailbox() {
        assertThat(pub.get("/health").expect(200).json().get("status").asString()).isEqualTo("UP");
        pub.get("/health/readiness").expect(200);
        for (String path : List.of("/metrics", "/actuator/prometheus", "/actuator/health", "/actuator",
                "/v3/api-docs", "/dev/mailbox")) {
            assertThat(pub.get(path).send().status()).as(path).isEqualTo(404);
        }
        assertThat(pub.get("/v3/api-docs").send().text()).doesNotContain("openapi");
    }

    @Test
    void theScraperReadsMetricsOnTheManagementPort() {
        TestApi.Resp r = management.get("/metrics").expect(200);
        assertThat(r.text()).contains("jvm_memory_used_bytes").contains("dearme_notification_streams_open");
    }

    @Test
    void theTestModeUpgradeIsAClear403InProd() {
        TestUsers.User u = users.aUser();
        String token = loginOnProd(u.email(), u.password());
        TestApi.Resp r = pub.post("/api/v1/subscriptions/upgrade", Map.of("period_days", 30)).auth(token).expect(403);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("type").asString()).endsWith("/test-upgrade-disabled");
        assertThat(r.json().get("detail").asString()).contains("관리자");
        assertThat(pub.get("/api/v1/subscriptions/status").auth(token).expect(200).json().get("is_premium").asBoolean())
                .isFalse();
    }

    @Test
    void onlyAnAdminCanGrantPremium() {
        TestUsers.User u = users.aUser();
        String userToken = loginOnProd(u.email(), u.password());
        TestApi.Resp refused = pub.post("/api/v1/admin/subscriptions/grant", Map.of("user_id", u.id(), "period_days", 30))
                .auth(userToken).expect(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        pub.post("/api/v1/admin/subscriptions/grant", Map.of("user_id", u.id(), "period_days", 30)).expect(401);
        assertThat(pub.get("/api/v1/subscriptions/status").auth(userToken).expect(200).json().get("is_premium")
                .asBoolean()).isFalse();

        String admin = adminOnProd();
        JsonNode granted = pub.post("/api/v1/admin/subscriptions/grant", Map.of("user_id", u.id(), "period_days", 30))
                .auth(admin).expect(200).json();
        assertThat(granted.get("plan").asString()).isEqualTo("premium");
        assertThat(pub.get("/api/v1/subscriptions/status").auth(userToken).expect(200).json().get("is_premium")
                .asBoolean()).isTrue();

        pub.post("/api/v1/admin/subscriptions/grant", Map.of("user_id", 987_654_321L, "period_days", 30))
                .auth(admin).expect(404);
        assertThat(pub.post("/api/v1/admin/subscriptions/grant", Map.of("user_id", u.id(), "period_days", 7))
                .auth(admin).expect(400).contentType()).startsWith("application/problem+json");
        pub.post("/api/v1/admin/subscriptions/grant", Map.of("user_id", "x")).auth(admin).expect(400);
    }

    private String adminOnProd() {
        Integer n = jdbc.queryForObject("select count(*) from users where lower(email) = 'admin@dearme.test'", Integer.class);
        if (n == null || n == 0) {
            users.registerVerified("admin@dearme.test", TestUsers.uniqueName("admin"));
        }
        return loginOnProd("admin@dearme.test", TestUsers.PASSWORD);
    }

    private static String loginOnProd(String email, String password) {
        return pub.post("/api/v1/auth/login", Map.of("email", email, "password", password)).expect(200).json()
                .get("access_token").asString();
    }
}
