package app.dearme.auth;

import static org.assertj.core.api.Assertions.assertThat;

import app.dearme.support.IntegrationTest;
import app.dearme.support.TestApi;
import app.dearme.support.TestUsers;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Bad input on every auth endpoint: always a 4xx problem, never a 500, nothing half-written. */
class AuthBadInputIT extends IntegrationTest {

    private JsonNode problem(TestApi.Resp r, int status) {
        assertThat(r.status()).as(r.text()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        return r.json();
    }

    private static String field(JsonNode p) {
        return p.get("errors").get(0).get("field").asString();
    }

    @Test
    void registerRejectsEachInvalidFieldWithAFieldError() {
        String n = TestUsers.uniqueName("bad");
        assertThat(field(problem(api.post("/api/v1/auth/register", Map.of("email", "not-an-email", "username", n, "password", "diary-pass-1")).send(), 400)))
                .isEqualTo("email");
        assertThat(field(problem(api.post("/api/v1/auth/register", Map.of("email", n + "@x.test", "username", "a", "password", "diary-pass-1")).send(), 400)))
                .isEqualTo("username");
        assertThat(field(problem(api.post("/api/v1/auth/register", Map.of("email", n + "@x.test", "username", n, "password", "short")).send(), 400)))
                .isEqualTo("password");
        assertThat(field(problem(api.post("/api/v1/auth/register", Map.of("email", n + "@x.test", "username", n, "password", "12345678901")).send(), 400)))
                .isEqualTo("password");
        assertThat(field(problem(api.post("/api/v1/auth/register", Map.of("email", n + "@x.test", "username", n, "password", n)).send(), 400)))
                .isEqualTo("password");
        assertThat(field(problem(api.post("/api/v1/auth/register", Map.of("email", n + "@x.test", "username", n, "password", "p".repeat(101))).send(), 400)))
                .isEqualTo("password");
        // nothing was created by any of these
        assertThat(jdbc.queryForObject("select count(*) from users where email = ?", Long.class, n + "@x.test")).isZero();
    }

    @Test
    void oddUnicodeAndSqlLookingUsernamesAreRejectedNotCrashing() {
        String n = TestUsers.uniqueName("uni");
        for (String bad : new String[] {"😀😀😀", "e\u0301e\u0301", "nul\u0000name", "x'; drop table users; --", " ", "a".repeat(51)}) {
            Map<String, Object> body = Map.of("email", n + "@x.test", "username", bad, "password", "diary-pass-1");
            JsonNode p = problem(api.post("/api/v1/auth/register", body).send(), 400);
            assertThat(field(p)).isEqualTo("username");
        }
        assertThat(jdbc.queryForObject("select count(*) from users", Long.class)).isPositive();
    }

    @Test
    void hangulUsernameAndSqlLookingPasswordAreStoredVerbatim() {
        String pw = "x' OR '1'='1 --";
        String email = TestUsers.uniqueName("sql") + "@x.test";
        api.post("/api/v1/auth/register", Map.of("email", email, "username", "한글이름" + System.nanoTime() % 100000, "password", pw)).expect(201);
        api.get("/api/v1/auth/verify-email?token=" + users.verificationToken(email)).expect(200);
        api.post("/api/v1/auth/login", Map.of("email", email, "password", pw)).expect(200);
        api.post("/api/v1/auth/login", Map.of("email", email, "password", "x")).expect(401);
    }

    @Test
    void duplicateEmailOrUsernameIs409() {
        TestUsers.User u = users.aUser();
        problem(api.post("/api/v1/auth/register", Map.of("email", u.email().toUpperCase(), "username", TestUsers.uniqueName("d"), "password", "diary-pass-1")).send(), 409);
        problem(api.post("/api/v1/auth/register", Map.of("email", TestUsers.uniqueName("d") + "@x.test", "username", u.username().toUpperCase(), "password", "diary-pass-1")).send(), 409);
    }

    @Test
    void malformedWrongTypesAndMissingFieldsAre400() {
        problem(api.post("/api/v1/auth/login", "{\"email\": ").send(), 400);
        problem(api.post("/api/v1/auth/login", "[]").send(), 400);
        problem(api.post("/api/v1/auth/login", "").send(), 400);
        JsonNode p = problem(api.post("/api/v1/auth/register", "{\"email\": 5, \"username\": [1], \"password\": {}}").send(), 400);
        assertThat(p.has("errors")).isTrue();
        Map<String, Object> missing = new HashMap<>();
        missing.put("email", "a@b.test");
        assertThat(field(problem(api.post("/api/v1/auth/login", missing).send(), 400))).isEqualTo("password");
        // neither a body token nor the refresh cookie: not logged in
        problem(api.post("/api/v1/auth/refresh", Map.of()).send(), 401);
        problem(api.post("/api/v1/auth/refresh", Map.of("refresh_token", "garbage")).send(), 401);
        problem(api.post("/api/v1/auth/reset-password", Map.of("token", "garbage", "password", "diary-pass-9")).send(), 400);
        problem(api.get("/api/v1/auth/verify-email").send(), 400);
        problem(api.get("/api/v1/auth/verify-email?token=" + "x".repeat(500)).send(), 400);
        problem(api.post("/api/v1/auth/forgot-password", Map.of("email", "nope")).send(), 400);
        TestUsers.User u = users.aUser();
        problem(api.post("/api/v1/auth/change-password", Map.of("current_password", u.password())).auth(u).send(), 400);
        problem(api.delete("/api/v1/auth/sessions/abc").auth(u).send(), 400);
    }

    @Test
    void nulAndControlCharactersInEmailAreRejected() {
        JsonNode p = problem(api.post("/api/v1/auth/register", Map.of("email", "a\u0000b@x.test", "username", TestUsers.uniqueName("n"), "password", "diary-pass-1")).send(), 400);
        assertThat(field(p)).isEqualTo("email");
        problem(api.post("/api/v1/auth/login", Map.of("email", "a\u0000b@x.test", "password", "diary-pass-1")).send(), 400);
    }
}
