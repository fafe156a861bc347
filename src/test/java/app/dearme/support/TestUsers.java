package app.dearme.support;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** Fixture builder: verified users with tokens, created through the real API. */
public final class TestUsers {

    public record User(long id, String email, String username, String password, String accessToken,
                       String refreshToken) {
    }

    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final Pattern TOKEN = Pattern.compile("verify-email\\?token=([A-Za-z0-9_-]+)");
    public static final String PASSWORD = "diary-pass-1";

    private final TestApi api;

    TestUsers(TestApi api) {
        this.api = api;
    }

    public static String uniqueName(String prefix) {
        return prefix + "_" + ProcessHandle.current().pid() % 10000 + "_" + SEQ.incrementAndGet();
    }

    /** Registers, verifies through the dev inbox link and returns a logged-in user. */
    public User aUser() {
        return aUser(uniqueName("user"));
    }

    public User aUser(String username) {
        String email = username.toLowerCase() + "@dearme.test";
        return registerVerified(email, username);
    }

    public User registerVerified(String email, String username) {
        JsonNode reg = api.post("/api/v1/auth/register", Map.of("email", email, "username", username,
                "password", PASSWORD)).expect(201).json();
        String token = verificationToken(email);
        JsonNode tokens = api.get("/api/v1/auth/verify-email?token=" + token).expect(200).json();
        return new User(reg.get("id").asLong(), email, username, PASSWORD, tokens.get("access_token").asString(),
                tokens.get("refresh_token").asString());
    }

    /** The newest verification link sent to this address, read from the dev inbox. */
    public String verificationToken(String email) {
        for (JsonNode mail : api.get("/dev/mailbox").expect(200).json()) {
            if (mail.get("to").asString().equalsIgnoreCase(email) && mail.get("text").asString().contains("verify-email")) {
                Matcher m = TOKEN.matcher(mail.get("text").asString());
                if (m.find()) {
                    return m.group(1);
                }
            }
        }
        throw new AssertionError("no verification mail for " + email);
    }
}
