package app.dearme.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.dearme.support.IntegrationTest;
import app.dearme.support.TestApi;
import app.dearme.support.TestUsers;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Issue 14: inputs that used to crash the server now get a 4xx problem with a field error. */
class HostileInputIT extends IntegrationTest {

    /** 25 Hangul syllables are 75 UTF-8 bytes: within the 100-character limit, beyond bcrypt's 72 bytes. */
    private static final String LONG_HANGUL = "가나다라마바사아자차카타파하거너더러머버서어저처커";

    private static JsonNode problem(TestApi.Resp r, int status) {
        assertThat(r.status()).as(r.text()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        return r.json();
    }

    private static void passwordFieldError(TestApi.Resp r, String field) {
        JsonNode p = problem(r, 400);
        assertThat(p.get("errors").get(0).get("field").asString()).isEqualTo(field);
        assertThat(p.get("errors").get(0).get("message").asString()).contains("비밀번호");
    }

    @Test
    void aPasswordOverBcryptsSeventyTwoBytesIsAFieldErrorOnRegister() {
        assertThat(LONG_HANGUL.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(72);
        String n = TestUsers.uniqueName("bc");
        passwordFieldError(api.post("/api/v1/auth/register",
                Map.of("email", n + "@x.test", "username", n, "password", LONG_HANGUL)).send(), "password");
        assertThat(jdbc.queryForObject("select count(*) from users where email = ?", Long.class, n + "@x.test")).isZero();
    }

    @Test
    void aPasswordOverSeventyTwoBytesIsAFieldErrorOnResetAndChange() {
        passwordFieldError(api.post("/api/v1/auth/reset-password",
                Map.of("token", "whatever", "password", LONG_HANGUL)).send(), "password");
        TestUsers.User u = users.aUser();
        passwordFieldError(api.post("/api/v1/auth/change-password",
                Map.of("current_password", u.password(), "new_password", LONG_HANGUL)).auth(u).send(), "new_password");
        // the old password still works
        api.post("/api/v1/auth/login", Map.of("email", u.email(), "password", u.password())).expect(200);
    }

    @Test
    void seventyTwoBytesExactlyIsAccepted() {
        String n = TestUsers.uniqueName("bc");
        String pw = "가나다라마바사아자차카타파하거너더러머버서어저처"; // 24 syllables = 72 bytes
        api.post("/api/v1/auth/register", Map.of("email", n + "@x.test", "username", n, "password", pw)).expect(201);
    }

    @Test
    void aLongPasswordOnLoginOrAccountDeletionIsNotAServerError() {
        TestUsers.User u = users.aUser();
        problem(api.post("/api/v1/auth/login", Map.of("email", u.email(), "password", LONG_HANGUL)).send(), 401);
        assertThat(api.delete("/api/v1/users/me", Map.of("password", LONG_HANGUL)).auth(u).send().status())
                .isBetween(400, 499);
    }

    @Test
    void malformedMultipartBodiesOnDiaryEndpointsAre4xx() {
        TestUsers.User u = users.aUser();
        byte[] garbage = "--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.json\"\r\n\r\n[{\"x\":"
                .getBytes(StandardCharsets.UTF_8);
        String ct = "multipart/form-data; boundary=xyz";
        for (String path : new String[] {"/api/v1/diaries/import", "/api/v1/diaries"}) {
            TestApi.Resp r = api.post(path, null).raw(garbage, ct).auth(u).send();
            assertThat(r.status()).as(path + " " + r.text()).isIn(400, 415);
            assertThat(r.contentType()).startsWith("application/problem+json");
        }
        TestApi.Resp patch = api.patch("/api/v1/diaries/1", null).raw(garbage, ct).auth(u).send();
        assertThat(patch.status()).as(patch.text()).isIn(400, 404, 415);
        assertThat(patch.contentType()).startsWith("application/problem+json");
    }

    @Test
    void multipartWithoutBoundaryOrWithoutTheFilePartIs400() {
        TestUsers.User u = users.aUser();
        problem(api.post("/api/v1/diaries/import", null).raw("hello".getBytes(), "multipart/form-data").auth(u).send(), 400);
        byte[] noFile = "--b\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--b--\r\n".getBytes();
        problem(api.post("/api/v1/diaries/import", null).raw(noFile, "multipart/form-data; boundary=b").auth(u).send(), 400);
        problem(api.post("/api/v1/diaries/import", null).raw(new byte[0], "multipart/form-data; boundary=b").auth(u).send(), 400);
    }

    @Test
    void importWithAWrongContentTypeIs415() {
        TestUsers.User u = users.aUser();
        problem(api.post("/api/v1/diaries/import", "[]").auth(u).send(), 415);
    }

    @Test
    void jsonThatIsNotStrictUtf8IsA400EvenWhereJacksonWouldDecodeIt() {
        String n = TestUsers.uniqueName("u8");
        byte[][] bad = {{(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xFF}};
        for (byte[] b : bad) {
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
            body.writeBytes("{\"email\":\"".getBytes(StandardCharsets.UTF_8));
            body.writeBytes(b);
            body.writeBytes((n + "@x.test\"}").getBytes(StandardCharsets.UTF_8));
            TestApi.Resp r = api.post("/api/v1/auth/resend-verification", null)
                    .raw(body.toByteArray(), "application/json").send();
            JsonNode p = problem(r, 400);
            assertThat(p.get("detail").asString()).contains("UTF-8");
        }
        // valid multi-byte text passes through unchanged
        api.post("/api/v1/auth/resend-verification", Map.of("email", n + "@x.test")).expect(200);
    }
}
