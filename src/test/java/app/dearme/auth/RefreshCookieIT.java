package app.dearme.auth;

import static org.assertj.core.api.Assertions.assertThat;

import app.dearme.support.IntegrationTest;
import app.dearme.support.TestApi;
import app.dearme.support.TestUsers;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Issue 14: the refresh token in an HttpOnly cookie, rotation with a grace window for a second tab. */
class RefreshCookieIT extends IntegrationTest {

    private static final Pattern COOKIE = Pattern.compile("^dearme_refresh=([^;]*)");

    @Test
    void loginSetsAnHttpOnlySecureSameSiteStrictCookieScopedToTheAuthPath() {
        TestUsers.User u = users.aUser();
        TestApi.Resp r = api.post("/api/v1/auth/login", Map.of("email", u.email(), "password", u.password())).expect(200);
        String setCookie = r.header("Set-Cookie");
        assertThat(setCookie).startsWith("dearme_refresh=")
                .contains("; Path=/api/v1/auth").contains("; HttpOnly").contains("; Secure")
                .contains("; SameSite=Strict").contains("; Max-Age=1209600");
        // non-browser clients keep the token in the body (SPEC §3); it is the same token as the cookie's
        assertThat(cookieValue(r)).isEqualTo(r.json().get("refresh_token").asString());
    }

    @Test
    void theVerificationAutoLoginSetsTheCookieToo() {
        String name = TestUsers.uniqueName("ck");
        String email = name + "@dearme.test";
        api.post("/api/v1/auth/register", Map.of("email", email, "username", name, "password", TestUsers.PASSWORD))
                .expect(201);
        TestApi.Resp r = api.get("/api/v1/auth/verify-email?token=" + users.verificationToken(email)).expect(200);
        assertThat(cookieValue(r)).isEqualTo(r.json().get("refresh_token").asString());
        refreshWithCookie(cookieValue(r)).expect(200);
    }

    @Test
    void aCookieRefreshRotatesTheCookieAndNeverPutsTheTokenInTheBody() {
        String c0 = loginCookie(users.aUser());
        TestApi.Resp r = refreshWithCookie(c0).expect(200);
        JsonNode body = r.json();
        assertThat(body.get("access_token").asString()).isNotBlank();
        assertThat(body.get("refresh_token").isNull()).as("no refresh token readable by page scripts").isTrue();
        String c1 = cookieValue(r);
        assertThat(c1).isNotBlank().isNotEqualTo(c0);
        assertThat(r.header("Set-Cookie")).contains("HttpOnly").contains("SameSite=Strict");
        api.get("/api/v1/users/me").auth(body.get("access_token").asString()).expect(200);
        refreshWithCookie(c1).expect(200);
    }

    @Test
    void aSecondTabRefreshingWithTheJustRotatedTokenGetsTheSameNewToken() {
        TestUsers.User u = users.aUser();
        String c0 = loginCookie(u);
        TestApi.Resp tabA = refreshWithCookie(c0).expect(200);
        TestApi.Resp tabB = refreshWithCookie(c0).expect(200);
        assertThat(cookieValue(tabB)).isEqualTo(cookieValue(tabA));
        api.get("/api/v1/users/me").auth(tabA.json().get("access_token").asString()).expect(200);
        api.get("/api/v1/users/me").auth(tabB.json().get("access_token").asString()).expect(200);
        // the chain goes on from the shared successor, once
        String c2 = cookieValue(refreshWithCookie(cookieValue(tabA)).expect(200));
        api.get("/api/v1/users/me").auth(refreshWithCookie(c2).expect(200).json().get("access_token").asString())
                .expect(200);
    }

    @Test
    void twoTabsRefreshingAtTheSameMomentBothStayLoggedIn() throws Exception {
        for (int round = 0; round < 3; round++) {
            String c0 = loginCookie(users.aUser());
            CountDownLatch go = new CountDownLatch(1);
            List<CompletableFuture<TestApi.Resp>> tabs = List.of(
                    CompletableFuture.supplyAsync(() -> awaitThen(go, () -> refreshWithCookie(c0).send())),
                    CompletableFuture.supplyAsync(() -> awaitThen(go, () -> refreshWithCookie(c0).send())));
            go.countDown();
            TestApi.Resp a = tabs.get(0).get();
            TestApi.Resp b = tabs.get(1).get();
            assertThat(a.status()).as(a.text()).isEqualTo(200);
            assertThat(b.status()).as(b.text()).isEqualTo(200);
            assertThat(cookieValue(a)).isEqualTo(cookieValue(b));
            api.get("/api/v1/users/me").auth(a.json().get("access_token").asString()).expect(200);
            api.get("/api/v1/users/me").auth(b.json().get("access_token").asString()).expect(200);
            refreshWithCookie(cookieValue(a)).expect(200);
        }
    }

    @Test
    void aReplayAfterTheGraceWindowRevokesTheWholeSession() {
        TestUsers.User u = users.aUser();
        String c0 = loginCookie(u);
        TestApi.Resp rotated = refreshWithCookie(c0).expect(200);
        String access = rotated.json().get("access_token").asString();
        jdbc.update("update refresh_tokens set rotated_at = rotated_at - interval '11 seconds' where rotated_at is not null"
                + " and session_id in (select id from auth_sessions where user_id = ?)", u.id());

        TestApi.Resp replay = refreshWithCookie(c0).expect(401);
        assertThat(replay.contentType()).startsWith("application/problem+json");
        assertThat(replay.header("Set-Cookie")).contains("Max-Age=0");
        refreshWithCookie(cookieValue(rotated)).expect(401);
        api.get("/api/v1/users/me").auth(access).expect(401);
        // the user's other sessions are untouched
        api.get("/api/v1/users/me").auth(u).expect(200);
    }

    @Test
    void logoutClearsTheCookieAndItsTokenNoLongerRefreshes() {
        TestUsers.User u = users.aUser();
        TestApi.Resp login = api.post("/api/v1/auth/login", Map.of("email", u.email(), "password", u.password()))
                .expect(200);
        String access = login.json().get("access_token").asString();
        TestApi.Resp out = api.post("/api/v1/auth/logout", Map.of()).auth(access)
                .header("Cookie", "dearme_refresh=" + cookieValue(login)).expect(204);
        assertThat(out.header("Set-Cookie")).startsWith("dearme_refresh=;").contains("Max-Age=0")
                .contains("Path=/api/v1/auth");
        refreshWithCookie(cookieValue(login)).expect(401);
    }

    @Test
    void aCrossSiteFormCannotRefreshWithTheCookie() {
        String c0 = loginCookie(users.aUser());
        TestApi.Resp r = api.post("/api/v1/auth/refresh", null)
                .raw("refresh_token=x".getBytes(), "application/x-www-form-urlencoded")
                .header("Cookie", "dearme_refresh=" + c0).send();
        assertThat(r.status()).isEqualTo(415);
        assertThat(r.contentType()).startsWith("application/problem+json");
        // the cookie was not spent
        refreshWithCookie(c0).expect(200);
    }

    @Test
    void aRefreshWithNeitherBodyTokenNorCookieIs401AndAGarbageCookieToo() {
        assertThat(api.post("/api/v1/auth/refresh", Map.of()).expect(401).contentType())
                .startsWith("application/problem+json");
        refreshWithCookie("not-a-token").expect(401);
        refreshWithCookie("x".repeat(500)).expect(401);
    }

    private TestApi.Call refreshWithCookie(String cookie) {
        return api.post("/api/v1/auth/refresh", Map.of()).header("Cookie", "dearme_refresh=" + cookie);
    }

    private String loginCookie(TestUsers.User u) {
        return cookieValue(api.post("/api/v1/auth/login", Map.of("email", u.email(), "password", u.password()))
                .expect(200));
    }

    private static String cookieValue(TestApi.Resp r) {
        String h = r.header("Set-Cookie");
        assertThat(h).as("Set-Cookie").isNotNull();
        Matcher m = COOKIE.matcher(h);
        assertThat(m.find()).as(h).isTrue();
        return m.group(1);
    }

    private static <T> T awaitThen(CountDownLatch go, java.util.function.Supplier<T> s) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return s.get();
    }
}
