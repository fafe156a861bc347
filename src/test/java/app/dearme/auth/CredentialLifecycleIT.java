package app.dearme.auth;

import static org.assertj.core.api.Assertions.assertThat;

import app.dearme.support.IntegrationTest;
import app.dearme.support.TestApi;
import app.dearme.support.TestUsers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import tools.jackson.databind.JsonNode;

/** Issue 14: reset links die with a reset or a password change; the role follows the configuration. */
class CredentialLifecycleIT extends IntegrationTest {

    private static final Pattern RESET = Pattern.compile("reset-password\\?token=([A-Za-z0-9_-]+)");

    @Autowired
    ConfigurableEnvironment env;

    @Test
    void aPasswordResetInvalidatesEveryOtherOutstandingResetLink() {
        TestUsers.User u = users.aUser();
        String older = requestResetLink(u);
        String newer = requestResetLink(u);
        assertThat(newer).isNotEqualTo(older);

        api.post("/api/v1/auth/reset-password", Map.of("token", newer, "password", "brand-new-pass-2")).expect(200);

        TestApi.Resp r = api.post("/api/v1/auth/reset-password", Map.of("token", older, "password", "attacker-pass-3"))
                .expect(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("type").asString()).endsWith("/invalid-token");
        api.post("/api/v1/auth/login", Map.of("email", u.email(), "password", "attacker-pass-3")).expect(401);
        api.post("/api/v1/auth/login", Map.of("email", u.email(), "password", "brand-new-pass-2")).expect(200);
    }

    @Test
    void aPasswordChangeInvalidatesOutstandingResetLinks() {
        TestUsers.User u = users.aUser();
        String link = requestResetLink(u);
        api.post("/api/v1/auth/change-password", Map.of("current_password", u.password(), "new_password", "changed-pass-7"))
                .auth(u).expect(204);

        TestApi.Resp r = api.post("/api/v1/auth/reset-password", Map.of("token", link, "password", "attacker-pass-3"))
                .expect(400);
        assertThat(r.json().get("type").asString()).endsWith("/invalid-token");
        api.post("/api/v1/auth/login", Map.of("email", u.email(), "password", "changed-pass-7")).expect(200);
    }

    @Test
    void aStoredAdminRoleThatTheConfigurationNoLongerListsIsDroppedAtLogin() {
        TestUsers.User u = users.aUser();
        jdbc.update("update users set role = 'admin' where id = ?", u.id());

        String access = login(u).get("access_token").asString();

        api.get("/api/v1/admin/ops/overview").auth(access).expect(403);
        assertThat(api.get("/api/v1/users/me").auth(access).expect(200).json().get("role").asString()).isEqualTo("user");
    }

    @Test
    void demotingAnEmailInTheConfigurationDropsAdminAtTheNextRefresh() {
        String name = TestUsers.uniqueName("adm");
        TestUsers.User u = users.registerVerified(name + "@dearme.test", name);
        List<String> admins = new ArrayList<>(List.of("admin@dearme.test", u.email()));
        MapPropertySource override = new MapPropertySource("credential-lifecycle-it",
                Map.of("dearme.admin-emails", String.join(",", admins)));
        env.getPropertySources().addFirst(override);
        try {
            JsonNode promoted = login(u);
            api.get("/api/v1/admin/ops/overview").auth(promoted.get("access_token").asString()).expect(200);
            JsonNode refreshedAsAdmin = refresh(promoted.get("refresh_token").asString());
            api.get("/api/v1/admin/ops/overview").auth(refreshedAsAdmin.get("access_token").asString()).expect(200);

            env.getPropertySources().replace("credential-lifecycle-it", new MapPropertySource("credential-lifecycle-it",
                    Map.of("dearme.admin-emails", "admin@dearme.test")));

            JsonNode demoted = refresh(refreshedAsAdmin.get("refresh_token").asString());
            api.get("/api/v1/admin/ops/overview").auth(demoted.get("access_token").asString()).expect(403);
            assertThat(api.get("/api/v1/users/me").auth(demoted.get("access_token").asString()).expect(200)
                    .json().get("role").asString()).isEqualTo("user");
        } finally {
            env.getPropertySources().remove("credential-lifecycle-it");
        }
    }

    @Test
    void anEmailListedInTheConfigurationIsAdminEvenWhenItsStoredRoleSaysUser() {
        TestUsers.User admin = adminUser();
        jdbc.update("update users set role = 'user' where id = ?", admin.id());
        JsonNode refreshed = refresh(admin.refreshToken());
        api.get("/api/v1/admin/ops/overview").auth(refreshed.get("access_token").asString()).expect(200);
    }

    private TestUsers.User adminUser() {
        Integer n = jdbc.queryForObject("select count(*) from users where email = 'admin@dearme.test'", Integer.class);
        if (n == null || n == 0) {
            users.registerVerified("admin@dearme.test", TestUsers.uniqueName("admin"));
        }
        JsonNode t = api.post("/api/v1/auth/login", Map.of("email", "admin@dearme.test", "password", TestUsers.PASSWORD))
                .expect(200).json();
        long id = jdbc.queryForObject("select id from users where email = 'admin@dearme.test'", Long.class);
        return new TestUsers.User(id, "admin@dearme.test", "admin", TestUsers.PASSWORD,
                t.get("access_token").asString(), t.get("refresh_token").asString());
    }

    private JsonNode login(TestUsers.User u) {
        return api.post("/api/v1/auth/login", Map.of("email", u.email(), "password", u.password())).expect(200).json();
    }

    private JsonNode refresh(String refreshToken) {
        return api.post("/api/v1/auth/refresh", Map.of("refresh_token", refreshToken)).expect(200).json();
    }

    /** Asks for a reset link (past the per-account cooldown) and reads it from the dev inbox. */
    private String requestResetLink(TestUsers.User u) {
        jdbc.update("update email_tokens set created_at = created_at - interval '5 minutes' where user_id = ?", u.id());
        List<String> before = resetLinks(u.email());
        api.post("/api/v1/auth/forgot-password", Map.of("email", u.email())).expect(200);
        List<String> after = resetLinks(u.email());
        after.removeAll(before);
        assertThat(after).as("one new reset link for " + u.email()).hasSize(1);
        return after.get(0);
    }

    private List<String> resetLinks(String email) {
        List<String> links = new ArrayList<>();
        for (JsonNode mail : api.get("/dev/mailbox").expect(200).json()) {
            if (mail.get("to").asString().equalsIgnoreCase(email)) {
                Matcher m = RESET.matcher(mail.get("text").asString());
                if (m.find()) {
                    links.add(m.group(1));
                }
            }
        }
        return links;
    }
}
