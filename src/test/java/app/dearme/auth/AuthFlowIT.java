package app.dearme.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.dearme.support.IntegrationTest;
import app.dearme.support.TestApi;
import app.dearme.support.TestUsers;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AuthFlowIT extends IntegrationTest {

    private static final Pattern VERIFY = Pattern.compile("verify-email\\?token=([A-Za-z0-9_-]+)");
    private static final Pattern RESET = Pattern.compile("reset-password\\?token=([A-Za-z0-9_-]+)");

    @Test
    void registerVerifyThroughRealSmtpLinkThenLoginMeRefreshLogout() throws Exception {
        String name = TestUsers.uniqueName("smtp");
        String email = name + "@dearme.test";
        JsonNode reg = api.post("/api/v1/auth/register", Map.of("email", email, "username", name,
                "password", "diary-pass-1")).expect(201).json();
        assertThat(reg.get("email").asString()).isEqualTo(email);
        assertThat(reg.get("message").asString()).isNotBlank();

        String body = awaitMail(email, "인증");
        Matcher m = VERIFY.matcher(body);
        assertThat(m.find()).as("mail contains the verification link").isTrue();
        assertThat(body).contains("http://localhost:8080/verify-email?token=").contains("24시간");

        // unverified login is refused before verification... (fresh user) — checked in its own test
        JsonNode verified = api.get("/api/v1/auth/verify-email?token=" + m.group(1)).expect(200).json();
        assertThat(verified.get("token_type").asString()).isEqualTo("bearer");
        assertThat(verified.get("expires_in").asInt()).isEqualTo(900);
        // single use
        api.get("/api/v1/auth/verify-email?token=" + m.group(1)).expect(400);

        JsonNode tokens = api.post("/api/v1/auth/login", Map.of("email", email.toUpperCase(), "password", "diary-pass-1"))
                .expect(200).json();
        String access = tokens.get("access_token").asString();
        JsonNode me = api.get("/api/v1/users/me").auth(access).expect(200).json();
        assertThat(me.get("email").asString()).isEqualTo(email);
        assertThat(me.get("email_verified").asBoolean()).isTrue();
        assertThat(me.get("timezone").asString()).isEqualTo("Asia/Seoul");

        JsonNode refreshed = api.post("/api/v1/auth/refresh", Map.of("refresh_token", tokens.get("refresh_token").asString()))
                .expect(200).json();
        assertThat(refreshed.get("refresh_token").asString()).isNotEqualTo(tokens.get("refresh_token").asString());
        String access2 = refreshed.get("access_token").asString();
        api.get("/api/v1/users/me").auth(access2).expect(200);

        api.post("/api/v1/auth/logout", Map.of()).auth(access2).expect(204);
        // the access token dies at once, not after 15 minutes
        api.get("/api/v1/users/me").auth(access2).expect(401);
        api.post("/api/v1/auth/refresh", Map.of("refresh_token", refreshed.get("refresh_token").asString())).expect(401);
    }

    @Test
    void formEncodedLoginIsAccepted() {
        TestUsers.User u = users.aUser();
        TestApi.Resp r = api.post("/api/v1/auth/login", null)
                .raw(("username=" + u.email() + "&password=" + u.password()).getBytes(), "application/x-www-form-urlencoded")
                .expect(200);
        assertThat(r.json().get("access_token").asString()).isNotBlank();
    }

    @Test
    void wrongPasswordAndUnknownEmailGetTheSame401() {
        TestUsers.User u = users.aUser();
        TestApi.Resp wrong = api.post("/api/v1/auth/login", Map.of("email", u.email(), "password", "nope-nope-1")).expect(401);
        TestApi.Resp unknown = api.post("/api/v1/auth/login", Map.of("email", "ghost@dearme.test", "password", "nope-nope-1")).expect(401);
        assertThat(wrong.json().get("detail").asString()).isEqualTo(unknown.json().get("detail").asString());
        assertThat(wrong.contentType()).startsWith("application/problem+json");
    }

    @Test
    void unverifiedLoginIsForbiddenWithItsOwnType() {
        String name = TestUsers.uniqueName("unv");
        api.post("/api/v1/auth/register", Map.of("email", name + "@dearme.test", "username", name, "password", "diary-pass-1")).expect(201);
        JsonNode p = api.post("/api/v1/auth/login", Map.of("email", name + "@dearme.test", "password", "diary-pass-1"))
                .expect(403).json();
        assertThat(p.get("type").asString()).endsWith("/email-not-verified");
    }

    @Test
    void reusingARotatedRefreshTokenRevokesTheWholeSession() {
        TestUsers.User u = users.aUser();
        JsonNode first = api.post("/api/v1/auth/refresh", Map.of("refresh_token", u.refreshToken())).expect(200).json();
        // replay of the rotated token after the grace window for a second tab
        jdbc.update("update refresh_tokens set rotated_at = rotated_at - interval '11 seconds' where rotated_at is not null"
                + " and session_id in (select id from auth_sessions where user_id = ?)", u.id());
        api.post("/api/v1/auth/refresh", Map.of("refresh_token", u.refreshToken())).expect(401);
        // the legitimately rotated token is now dead too, and so is its access token
        api.post("/api/v1/auth/refresh", Map.of("refresh_token", first.get("refresh_token").asString())).expect(401);
        api.get("/api/v1/users/me").auth(first.get("access_token").asString()).expect(401);
    }

    @Test
    void sessionsListAndRevokeAnotherSession() {
        TestUsers.User u = users.aUser();
        JsonNode second = api.post("/api/v1/auth/login", Map.of("email", u.email(), "password", u.password())).expect(200).json();
        JsonNode list = api.get("/api/v1/auth/sessions").auth(u).expect(200).json().get("items");
        assertThat(list).hasSize(2);
        long other = 0;
        for (JsonNode s : list) {
            if (!s.get("current").asBoolean()) {
                other = s.get("id").asLong();
            }
        }
        api.delete("/api/v1/auth/sessions/" + other).auth(u).expect(204);
        api.get("/api/v1/users/me").auth(second.get("access_token").asString()).expect(401);
        api.get("/api/v1/users/me").auth(u).expect(200);
        // someone else's session id is not found and stays alive
        TestUsers.User b = users.aUser();
        JsonNode bList = api.get("/api/v1/auth/sessions").auth(b).expect(200).json().get("items");
        api.delete("/api/v1/auth/sessions/" + bList.get(0).get("id").asLong()).auth(u).expect(404);
        api.get("/api/v1/users/me").auth(b).expect(200);
    }

    @Test
    void forgotAndResetPasswordIsSingleUseAndRevokesEverySession() throws Exception {
        TestUsers.User u = users.aUser();
        String same1 = api.post("/api/v1/auth/forgot-password", Map.of("email", u.email())).expect(200).json().get("message").asString();
        String same2 = api.post("/api/v1/auth/forgot-password", Map.of("email", "nobody@dearme.test")).expect(200).json().get("message").asString();
        assertThat(same1).isEqualTo(same2);
        Matcher m = RESET.matcher(awaitMail(u.email(), "비밀번호"));
        assertThat(m.find()).isTrue();
        api.post("/api/v1/auth/reset-password", Map.of("token", m.group(1), "password", "brand-new-pass-2")).expect(200);
        api.post("/api/v1/auth/reset-password", Map.of("token", m.group(1), "password", "another-pass-3")).expect(400);
        api.get("/api/v1/users/me").auth(u).expect(401);
        api.post("/api/v1/auth/login", Map.of("email", u.email(), "password", u.password())).expect(401);
        api.post("/api/v1/auth/login", Map.of("email", u.email(), "password", "brand-new-pass-2")).expect(200);
    }

    @Test
    void expiredVerificationLinkIsRejected() {
        String name = TestUsers.uniqueName("exp");
        String email = name + "@dearme.test";
        api.post("/api/v1/auth/register", Map.of("email", email, "username", name, "password", "diary-pass-1")).expect(201);
        String token = users.verificationToken(email);
        jdbc.update("update email_tokens set expires_at = now() - interval '1 minute' where user_id = (select id from users where email = ?)", email);
        JsonNode p = api.get("/api/v1/auth/verify-email?token=" + token).expect(400).json();
        assertThat(p.get("type").asString()).endsWith("/invalid-token");
    }

    @Test
    void changePasswordKeepsThisSessionAndRevokesOthers() {
        TestUsers.User u = users.aUser();
        JsonNode other = api.post("/api/v1/auth/login", Map.of("email", u.email(), "password", u.password())).expect(200).json();
        api.post("/api/v1/auth/change-password", Map.of("current_password", "wrong-one-1", "new_password", "next-pass-22"))
                .auth(u).expect(400);
        api.post("/api/v1/auth/change-password", Map.of("current_password", u.password(), "new_password", "next-pass-22"))
                .auth(u).expect(204);
        api.get("/api/v1/users/me").auth(u).expect(200);
        api.get("/api/v1/users/me").auth(other.get("access_token").asString()).expect(401);
    }

    @Test
    void resendVerificationHasAPerAccountCooldown() {
        String name = TestUsers.uniqueName("cool");
        String email = name + "@dearme.test";
        api.post("/api/v1/auth/register", Map.of("email", email, "username", name, "password", "diary-pass-1")).expect(201);
        TestApi.Resp r = api.post("/api/v1/auth/resend-verification", Map.of("email", email)).expect(429);
        assertThat(Integer.parseInt(r.header("Retry-After"))).isBetween(1, 60);
        // unknown accounts get the plain answer
        api.post("/api/v1/auth/resend-verification", Map.of("email", "nobody2@dearme.test")).expect(200);
    }

    @Test
    void tenConsecutiveFailuresLockTheAccountEvenForTheRightPassword() {
        TestUsers.User u = users.aUser();
        for (int i = 0; i < 10; i++) {
            api.post("/api/v1/auth/login", Map.of("email", u.email(), "password", "wrong-pass-" + i)).expect(401);
        }
        TestApi.Resp locked = api.post("/api/v1/auth/login", Map.of("email", u.email(), "password", u.password())).expect(429);
        assertThat(Integer.parseInt(locked.header("Retry-After"))).isGreaterThan(800);
        jdbc.update("update users set locked_until = now() - interval '1 second' where id = ?", u.id());
        api.post("/api/v1/auth/login", Map.of("email", u.email(), "password", u.password())).expect(200);
    }

    private String awaitMail(String to, String subjectPart) {
        String[] found = new String[1];
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            for (MimeMessage msg : SMTP.getReceivedMessages()) {
                if (Arrays.stream(msg.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(to))
                        && msg.getSubject().contains(subjectPart)) {
                    found[0] = com.icegreen.greenmail.util.GreenMailUtil.getBody(msg);
                }
            }
            return found[0] != null;
        });
        return decodeQuotedPrintable(found[0]);
    }

    /** GreenMail returns the raw multipart body; links may be soft-wrapped by quoted-printable. */
    private static String decodeQuotedPrintable(String raw) {
        try {
            var in = jakarta.mail.internet.MimeUtility.decode(new java.io.ByteArrayInputStream(
                    raw.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)), "quoted-printable");
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (Exception e) {
            return raw;
        }
    }
}
