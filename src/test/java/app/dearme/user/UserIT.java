package app.dearme.user;

import static org.assertj.core.api.Assertions.assertThat;

import app.dearme.support.IntegrationTest;
import app.dearme.support.TestApi;
import app.dearme.support.TestUsers;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class UserIT extends IntegrationTest {

    @Test
    void patchMeChangesProfileSettingsAndKeepsAbsentFields() {
        TestUsers.User u = users.aUser();
        JsonNode me = api.patch("/api/v1/users/me", Map.of("timezone", "America/New_York", "locale", "en",
                "rag_context_level", "detailed", "reminder_enabled", true, "reminder_time", "21:30")).auth(u).expect(200).json();
        assertThat(me.get("timezone").asString()).isEqualTo("America/New_York");
        assertThat(me.get("locale").asString()).isEqualTo("en");
        assertThat(me.get("rag_context_level").asString()).isEqualTo("detailed");
        assertThat(me.get("reminder_time").asString()).isEqualTo("21:30");
        assertThat(me.get("username").asString()).isEqualTo(u.username());
        JsonNode again = api.get("/api/v1/users/me").auth(u).expect(200).json();
        assertThat(again.get("timezone").asString()).isEqualTo("America/New_York");
    }

    @Test
    void patchMeRejectsBadValuesWithFieldErrors() {
        TestUsers.User u = users.aUser();
        assertThat(field(api.patch("/api/v1/users/me", Map.of("timezone", "Mars/Olympus")).auth(u).expect(400))).isEqualTo("timezone");
        JsonNode rag = api.patch("/api/v1/users/me", Map.of("rag_context_level", "everything")).auth(u).expect(400).json();
        assertThat(rag.get("errors").get(0).get("field").asString()).isEqualTo("rag_context_level");
        // the message names the allowed keys, taken from the enum (RagContextLevel)
        assertThat(rag.get("errors").get(0).get("message").asString()).contains("minimal", "standard", "detailed");
        assertThat(field(api.patch("/api/v1/users/me", Map.of("reminder_time", "25:00")).auth(u).expect(400))).isEqualTo("reminder_time");
        assertThat(field(api.patch("/api/v1/users/me", Map.of("locale", "jp")).auth(u).expect(400))).isEqualTo("locale");
        assertThat(field(api.patch("/api/v1/users/me", Map.of("reminder_enabled", "maybe")).auth(u).expect(400))).isEqualTo("reminder_enabled");
        assertThat(api.get("/api/v1/users/me").auth(u).expect(200).json().get("timezone").asString()).isEqualTo("Asia/Seoul");
    }

    @Test
    void takenUsernameIs409() {
        TestUsers.User a = users.aUser();
        TestUsers.User b = users.aUser();
        api.patch("/api/v1/users/me", Map.of("username", a.username().toUpperCase())).auth(b).expect(409);
    }

    @Test
    void publicProfileAndSearchNeverExposeEmail() {
        TestUsers.User a = users.aUser(TestUsers.uniqueName("searchme"));
        TestUsers.User b = users.aUser();
        JsonNode p = api.get("/api/v1/users/" + a.id()).auth(b).expect(200).json();
        assertThat(p.get("username").asString()).isEqualTo(a.username());
        assertThat(p.has("email")).isFalse();
        assertThat(p.has("has_public_persona")).isTrue();
        assertThat(p.toString()).doesNotContain(a.email());

        JsonNode byName = api.get("/api/v1/users/search?q=" + a.username().substring(0, 8).toUpperCase()).auth(b).expect(200).json();
        assertThat(byName.get("items").toString()).contains(a.username()).doesNotContain("@");
        JsonNode byEmail = api.get("/api/v1/users/search?q=" + a.email()).auth(b).expect(200).json();
        assertThat(byEmail.get("items")).hasSize(1);
        assertThat(byEmail.get("items").get(0).get("id").asLong()).isEqualTo(a.id());
        // partial e-mail does not match, and the caller never finds itself
        assertThat(api.get("/api/v1/users/search?q=" + a.email().substring(0, 5) + "%40").auth(b).expect(200).json()
                .get("items").toString()).doesNotContain("\"id\":" + a.id() + ",");
        assertThat(api.get("/api/v1/users/search?q=" + b.username()).auth(b).expect(200).json().get("items")).isEmpty();
        // LIKE wildcards are literal
        assertThat(api.get("/api/v1/users/search?q=%25").auth(b).expect(200).json().get("items")).isEmpty();
        api.get("/api/v1/users/search?q=").auth(b).expect(400);
        api.get("/api/v1/users/999999999").auth(b).expect(404);
    }

    @Test
    void sessionsOfOthersAreNeverReturned() {
        TestUsers.User a = users.aUser();
        TestUsers.User b = users.aUser();
        JsonNode sessions = api.get("/api/v1/auth/sessions").auth(b).expect(200).json();
        for (JsonNode s : sessions.get("items")) {
            Long owner = jdbc.queryForObject("select user_id from auth_sessions where id = ?", Long.class, s.get("id").asLong());
            assertThat(owner).isEqualTo(b.id());
        }
        assertThat(sessions.toString()).doesNotContain(a.email());
    }

    @Test
    void deleteAccountNeedsThePasswordAndRemovesEverythingAtOnce() {
        TestUsers.User u = users.aUser();
        api.delete("/api/v1/users/me", Map.of()).auth(u).expect(400);
        api.delete("/api/v1/users/me", Map.of("password", "not-my-password")).auth(u).expect(403);
        api.get("/api/v1/users/me").auth(u).expect(200);

        api.delete("/api/v1/users/me", Map.of("password", u.password())).auth(u).expect(204);
        assertThat(jdbc.queryForObject("select count(*) from users where id = ?", Long.class, u.id())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from auth_sessions where user_id = ?", Long.class, u.id())).isZero();
        api.get("/api/v1/users/me").auth(u).expect(401);
        api.post("/api/v1/auth/login", Map.of("email", u.email(), "password", u.password())).expect(401);
    }

    @Test
    void exportJsonContainsTheProfile() {
        TestUsers.User u = users.aUser();
        TestApi.Resp r = api.get("/api/v1/users/me/export?format=json").auth(u).expect(200);
        assertThat(r.header("Content-Disposition")).contains("attachment");
        JsonNode doc = r.json();
        assertThat(doc.get("profile").get("email").asString()).isEqualTo(u.email());
        TestApi.Resp zip = api.get("/api/v1/users/me/export?format=markdown").auth(u).expect(200);
        assertThat(zip.bytes()[0]).isEqualTo((byte) 'P');
        assertThat(zip.bytes()[1]).isEqualTo((byte) 'K');
        api.get("/api/v1/users/me/export?format=pdf").auth(u).expect(400);
    }

    private static String field(TestApi.Resp r) {
        return r.json().get("errors").get(0).get("field").asString();
    }
}
