package app.dearme.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import app.dearme.support.IntegrationTest;
import app.dearme.support.TestApi;
import app.dearme.support.TestUsers;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 14: the per-user AI budget ({@code dearme.rate-limit.ai-per-user}) on every AI-invoking endpoint. */
class AiRateLimitIT extends IntegrationTest {

    @Autowired
    RateLimiter limiter;

    private int limit() {
        return limiter.config().aiPerUser();
    }

    private static void assertTooMany(TestApi.Resp r, String what) {
        assertThat(r.status()).as(what + " " + r.text()).isEqualTo(429);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(Long.parseLong(r.header("Retry-After"))).as(what).isBetween(1L, 120L);
        assertThat(r.json().get("detail").asString()).contains("요청이 너무 많아요");
    }

    @Test
    void theCallAfterTheBudgetIsSpentGets429WithRetryAfter() {
        TestUsers.User u = users.aUser();
        // the bucket refills greedily (limit per window, a token at a time), so count calls until the first 429
        int accepted = 0;
        TestApi.Resp r = api.post("/api/v1/mental/feedback", Map.of()).auth(u).send();
        while (r.status() != 429 && accepted < 3 * limit()) {
            accepted++; // no analysis yet: each call is a cheap 404, but each still takes a token
            r = api.post("/api/v1/mental/feedback", Map.of()).auth(u).send();
        }
        assertTooMany(r, "feedback");
        assertThat(accepted).isGreaterThanOrEqualTo(limit());
        // another user is not affected
        TestUsers.User other = users.aUser();
        assertThat(api.post("/api/v1/mental/feedback", Map.of()).auth(other).send().status()).isNotEqualTo(429);
    }

    @Test
    void everyAiEndpointDrawsFromTheBudget() {
        Map<String, TestApi.Call> endpoints = Map.of(
                "chat send", api.post("/api/v1/chats/1/messages", Map.of("content", "안녕")),
                "chat stream", api.post("/api/v1/chats/1/messages/stream", Map.of("content", "안녕")),
                "mental feedback", api.post("/api/v1/mental/feedback", Map.of()),
                "weekly report", api.get("/api/v1/mental/reports/weekly"),
                "monthly report", api.get("/api/v1/mental/reports/monthly"),
                "persona generate", api.post("/api/v1/personas/generate", null),
                "persona regenerate", api.post("/api/v1/personas/regenerate", null),
                "quiz submit", api.post("/api/v1/quiz/submit", Map.of("answers", Map.of())),
                "quiz upgrade", api.post("/api/v1/quiz/upgrade-persona", null));
        endpoints.forEach((name, call) -> {
            TestUsers.User u = users.aUser();
            for (int i = 0; i < limit(); i++) {
                limiter.consume(RateLimitRule.AI_PER_USER, u.id());
            }
            assertTooMany(call.auth(u).send(), name);
        });
    }

    @Test
    void endpointsThatNeverCallTheAiAreNotCounted() {
        TestUsers.User u = users.aUser();
        for (int i = 0; i < limit(); i++) {
            limiter.consume(RateLimitRule.AI_PER_USER, u.id());
        }
        api.get("/api/v1/diaries").auth(u).expect(200);
        api.get("/api/v1/personas/status").auth(u).expect(200);
        api.get("/api/v1/mental/current").auth(u).send();
        assertThat(api.get("/api/v1/quiz/questions").auth(u).send().status()).isEqualTo(200);
    }
}
