package app.dearme.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import app.dearme.support.IntegrationTest;
import app.dearme.support.TestUsers.User;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SubscriptionIT extends IntegrationTest {

    private OffsetDateTime expiresAt(JsonNode sub) {
        return OffsetDateTime.parse(sub.get("expires_at").asString());
    }

    private void moveExpiry(User u, Duration delta) {
        jdbc.update("update subscriptions set expires_at = expires_at + ?::interval where user_id = ?",
                delta.toSeconds() + " seconds", u.id());
    }

    @Test
    void plansArePublicWithKrwPrices() {
        JsonNode plans = api.get("/api/v1/subscriptions/plans").expect(200).json().get("plans");
        assertThat(plans).hasSize(3);
        assertThat(plans.get(0).get("id").asString()).isEqualTo("free");
        assertThat(plans.get(1).get("price").asInt()).isEqualTo(4900);
        assertThat(plans.get(1).get("period_days").asInt()).isEqualTo(30);
        assertThat(plans.get(2).get("price").asInt()).isEqualTo(39900);
        assertThat(plans.get(2).get("period_days").asInt()).isEqualTo(365);
        plans.forEach(p -> assertThat(p.get("currency").asString()).isEqualTo("KRW"));
        assertThat(plans.get(1).get("features").size()).isPositive();
    }

    @Test
    void aNewUserIsOnAnActiveFreePlan() {
        User u = users.aUser();
        JsonNode me = api.get("/api/v1/subscriptions/me").auth(u).expect(200).json();
        assertThat(me.get("plan").asString()).isEqualTo("free");
        assertThat(me.get("status").asString()).isEqualTo("active");
        assertThat(me.get("expires_at").isNull()).isTrue();
        JsonNode status = api.get("/api/v1/subscriptions/status").auth(u).expect(200).json();
        assertThat(status.get("is_premium").asBoolean()).isFalse();
        assertThat(status.get("days_remaining").asInt()).isZero();
        JsonNode usage = api.get("/api/v1/subscriptions/usage").auth(u).expect(200).json();
        assertThat(usage.get("daily_chat_messages").get("limit").asInt()).isEqualTo(5);
        assertThat(usage.get("daily_chat_messages").get("remaining").asInt()).isEqualTo(5);
        assertThat(usage.get("friends").get("limit").asInt()).isEqualTo(3);
        api.post("/api/v1/subscriptions/cancel", null).auth(u).expect(422);
    }

    @Test
    void upgradeGrantsPremiumAndASecondUpgradeExtendsFromTheCurrentExpiry() {
        User u = users.aUser();
        JsonNode first = api.post("/api/v1/subscriptions/upgrade", Map.of("period_days", 365)).auth(u).expect(200).json();
        assertThat(first.get("plan").asString()).isEqualTo("premium");
        assertThat(first.get("status").asString()).isEqualTo("active");
        assertThat(Duration.between(OffsetDateTime.now(), expiresAt(first)).toDays()).isBetween(364L, 365L);

        JsonNode second = api.post("/api/v1/subscriptions/upgrade", Map.of("period_days", 30)).auth(u).expect(200).json();
        assertThat(Duration.between(expiresAt(first), expiresAt(second)).toDays()).isEqualTo(30);
        assertThat(second.get("started_at").asString()).isEqualTo(first.get("started_at").asString());

        JsonNode status = api.get("/api/v1/subscriptions/status").auth(u).expect(200).json();
        assertThat(status.get("is_premium").asBoolean()).isTrue();
        assertThat(status.get("days_remaining").asInt()).isBetween(394, 395);
        JsonNode usage = api.get("/api/v1/subscriptions/usage").auth(u).expect(200).json();
        assertThat(usage.get("plan").asString()).isEqualTo("premium");
        assertThat(usage.get("daily_chat_messages").get("limit").isNull()).isTrue();
        assertThat(usage.get("friends").get("limit").isNull()).isTrue();
    }

    @Test
    void cancelKeepsPremiumUntilExpiryAndUpgradeReactivates() {
        User u = users.aUser();
        JsonNode up = api.post("/api/v1/subscriptions/upgrade", Map.of("period_days", 30)).auth(u).expect(200).json();
        JsonNode cancelled = api.post("/api/v1/subscriptions/cancel", null).auth(u).expect(200).json();
        assertThat(cancelled.get("status").asString()).isEqualTo("cancelled");
        assertThat(cancelled.get("cancelled_at").isNull()).isFalse();
        assertThat(cancelled.get("expires_at").asString()).isEqualTo(up.get("expires_at").asString());
        assertThat(api.get("/api/v1/subscriptions/status").auth(u).expect(200).json().get("is_premium").asBoolean()).isTrue();
        api.post("/api/v1/subscriptions/cancel", null).auth(u).expect(422);

        JsonNode again = api.post("/api/v1/subscriptions/upgrade", Map.of("period_days", 30)).auth(u).expect(200).json();
        assertThat(again.get("status").asString()).isEqualTo("active");
        assertThat(again.get("cancelled_at").isNull()).isTrue();
        assertThat(Duration.between(expiresAt(up), expiresAt(again)).toDays()).isEqualTo(30);
    }

    @Test
    void expiryStartsAGracePeriodThenPremiumEnds() {
        User u = users.aUser();
        api.post("/api/v1/subscriptions/upgrade", Map.of("period_days", 30)).auth(u).expect(200);
        moveExpiry(u, Duration.ofDays(-31)); // expired one day ago
        JsonNode status = api.get("/api/v1/subscriptions/status").auth(u).expect(200).json();
        assertThat(status.get("status").asString()).isEqualTo("expired");
        assertThat(status.get("in_grace_period").asBoolean()).isTrue();
        assertThat(status.get("is_premium").asBoolean()).isTrue();
        assertThat(status.get("days_remaining").asInt()).isZero();
        api.post("/api/v1/subscriptions/cancel", null).auth(u).expect(422);

        moveExpiry(u, Duration.ofDays(-3)); // four days ago: past the 3-day grace
        status = api.get("/api/v1/subscriptions/status").auth(u).expect(200).json();
        assertThat(status.get("is_premium").asBoolean()).isFalse();
        assertThat(status.get("in_grace_period").asBoolean()).isFalse();
        assertThat(api.get("/api/v1/subscriptions/me").auth(u).expect(200).json().get("status").asString()).isEqualTo("expired");
        assertThat(api.get("/api/v1/subscriptions/usage").auth(u).expect(200).json().get("daily_chat_messages")
                .get("limit").asInt()).isEqualTo(5);

        // an upgrade after expiry starts now, not from the old expiry
        JsonNode renewed = api.post("/api/v1/subscriptions/upgrade", Map.of("period_days", 30)).auth(u).expect(200).json();
        assertThat(Duration.between(OffsetDateTime.now(), expiresAt(renewed)).toDays()).isBetween(29L, 30L);
    }

    @Test
    void badUpgradeInputIs400() {
        User u = users.aUser();
        api.post("/api/v1/subscriptions/upgrade", Map.of("period_days", 31)).auth(u).expect(400);
        api.post("/api/v1/subscriptions/upgrade", Map.of("period_days", "thirty")).auth(u).expect(400);
        api.post("/api/v1/subscriptions/upgrade", Map.of()).auth(u).expect(400);
        api.post("/api/v1/subscriptions/upgrade", "[").auth(u).expect(400);
        api.post("/api/v1/subscriptions/upgrade", Map.of("period_days", 30)).auth(u).contentType("text/plain").expect(415);
        api.get("/api/v1/subscriptions/me").expect(401);
        assertThat(jdbc.queryForObject("select count(*) from subscriptions where user_id = ?", Integer.class, u.id())).isZero();
    }
}
