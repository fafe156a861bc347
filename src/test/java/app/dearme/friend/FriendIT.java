package app.dearme.friend;

import static org.assertj.core.api.Assertions.assertThat;

import app.dearme.support.IntegrationTest;
import app.dearme.support.TestUsers.User;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class FriendIT extends IntegrationTest {

    @Autowired
    Friendships friendships;

    private long request(User from, User to) {
        return api.post("/api/v1/friends/request", Map.of("addressee_id", to.id())).auth(from).expect(201).json()
                .get("id").asLong();
    }

    private void accept(User addressee, long requestId) {
        api.patch("/api/v1/friends/requests/" + requestId, Map.of("status", "accepted")).auth(addressee).expect(200);
    }

    private void befriend(User a, User b) {
        accept(b, request(a, b));
    }

    private int notifications(User u, String type) {
        return jdbc.queryForObject("select count(*) from notifications where user_id = ? and type = ?", Integer.class,
                u.id(), type);
    }

    @Test
    void theAccountExportListsFriendsAsPublicProfilesOnly() {
        User a = users.aUser();
        User b = users.aUser();
        befriend(a, b);
        JsonNode friends = api.get("/api/v1/users/me/export?format=json").auth(a).expect(200).json().get("friends");
        assertThat(friends).hasSize(1);
        assertThat(friends.get(0).get("id").asLong()).isEqualTo(b.id());
        assertThat(friends.toString()).doesNotContain(b.email());
    }

    @Test
    void requestAcceptListAndRemoveWithNotificationsForBothSides() {
        User a = users.aUser();
        User b = users.aUser();
        JsonNode req = api.post("/api/v1/friends/request", Map.of("addressee_id", b.id())).auth(a).expect(201).json();
        assertThat(req.get("status").asString()).isEqualTo("pending");
        assertThat(req.get("addressee").get("username").asString()).isEqualTo(b.username());
        assertThat(req.toString()).doesNotContain("@dearme.test");
        assertThat(notifications(b, "friend_request")).isEqualTo(1);

        JsonNode received = api.get("/api/v1/friends/requests/received").auth(b).expect(200).json();
        assertThat(received.get("total").asInt()).isEqualTo(1);
        assertThat(received.get("items").get(0).get("requester").get("id").asLong()).isEqualTo(a.id());
        assertThat(api.get("/api/v1/friends/requests/sent").auth(a).expect(200).json().get("total").asInt()).isEqualTo(1);
        assertThat(api.get("/api/v1/friends/requests/sent").auth(b).expect(200).json().get("total").asInt()).isZero();

        JsonNode accepted = api.patch("/api/v1/friends/requests/" + req.get("id").asLong(), Map.of("status", "accepted"))
                .auth(b).expect(200).json();
        assertThat(accepted.get("status").asString()).isEqualTo("accepted");
        assertThat(notifications(a, "friend_accepted")).isEqualTo(1);
        assertThat(friendships.areFriends(a.id(), b.id())).isTrue();
        assertThat(friendships.areFriends(b.id(), a.id())).isTrue();
        assertThat(friendships.friendIds(a.id())).containsExactly(b.id());

        JsonNode list = api.get("/api/v1/friends").auth(a).expect(200).json();
        assertThat(list.get("total").asInt()).isEqualTo(1);
        assertThat(list.get("items").get(0).get("username").asString()).isEqualTo(b.username());
        assertThat(list.get("items").get(0).has("persona_name")).isTrue();
        assertThat(api.get("/api/v1/friends/requests/received").auth(b).expect(200).json().get("total").asInt()).isZero();

        api.delete("/api/v1/friends/" + a.id()).auth(b).expect(204);
        assertThat(friendships.areFriends(a.id(), b.id())).isFalse();
        api.delete("/api/v1/friends/" + a.id()).auth(b).expect(404);
        assertThat(api.get("/api/v1/friends").auth(a).expect(200).json().get("total").asInt()).isZero();
        // after removal they may become friends again
        befriend(b, a);
        assertThat(friendships.areFriends(a.id(), b.id())).isTrue();
    }

    @Test
    void selfRequestIs422AndUnknownUserIs404() {
        User a = users.aUser();
        api.post("/api/v1/friends/request", Map.of("addressee_id", a.id())).auth(a).expect(422);
        api.post("/api/v1/friends/request", Map.of("addressee_id", 99_999_999L)).auth(a).expect(404);
    }

    @Test
    void duplicateRequestsInEitherDirectionConflict() {
        User a = users.aUser();
        User b = users.aUser();
        long id = request(a, b);
        api.post("/api/v1/friends/request", Map.of("addressee_id", b.id())).auth(a).expect(409);
        JsonNode reverse = api.post("/api/v1/friends/request", Map.of("addressee_id", a.id())).auth(b).expect(409).json();
        assertThat(reverse.get("detail").asString()).contains("받은 요청");
        accept(b, id);
        api.post("/api/v1/friends/request", Map.of("addressee_id", b.id())).auth(a).expect(409);
        api.post("/api/v1/friends/request", Map.of("addressee_id", a.id())).auth(b).expect(409);
        assertThat(jdbc.queryForObject("select count(*) from friendships where requester_id in (?, ?)", Integer.class,
                a.id(), b.id())).isEqualTo(1);
    }

    @Test
    void onlyTheAddresseeCanAnswerAndOnlyOnce() {
        User a = users.aUser();
        User b = users.aUser();
        User stranger = users.aUser();
        long id = request(a, b);
        api.patch("/api/v1/friends/requests/" + id, Map.of("status", "accepted")).auth(a).expect(404);
        api.patch("/api/v1/friends/requests/" + id, Map.of("status", "accepted")).auth(stranger).expect(404);
        api.patch("/api/v1/friends/requests/999999999", Map.of("status", "accepted")).auth(b).expect(404);
        assertThat(jdbc.queryForObject("select status from friendships where id = ?", String.class, id)).isEqualTo("pending");
        accept(b, id);
        api.patch("/api/v1/friends/requests/" + id, Map.of("status", "rejected")).auth(b).expect(409);
        assertThat(jdbc.queryForObject("select status from friendships where id = ?", String.class, id)).isEqualTo("accepted");
    }

    @Test
    void aRejectedRequestCanBeSentAgainFromEitherSide() {
        User a = users.aUser();
        User b = users.aUser();
        long id = request(a, b);
        api.patch("/api/v1/friends/requests/" + id, Map.of("status", "rejected")).auth(b).expect(200);
        assertThat(friendships.areFriends(a.id(), b.id())).isFalse();
        assertThat(notifications(a, "friend_accepted")).isZero();
        long again = request(a, b);
        api.patch("/api/v1/friends/requests/" + again, Map.of("status", "rejected")).auth(b).expect(200);
        long reverse = request(b, a);
        accept(a, reverse);
        assertThat(friendships.areFriends(a.id(), b.id())).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from friendships where requester_id in (?, ?)", Integer.class,
                a.id(), b.id())).isEqualTo(1);
    }

    @Test
    void freeUsersAreLimitedToThreeFriendsOnBothSidesAtAcceptance() {
        User hub = users.aUser();
        for (int i = 0; i < 3; i++) {
            befriend(users.aUser(), hub);
        }
        // the addressee is full
        User fourth = users.aUser();
        long toHub = request(fourth, hub);
        JsonNode tooMany = api.patch("/api/v1/friends/requests/" + toHub, Map.of("status", "accepted")).auth(hub)
                .expect(429).json();
        assertThat(tooMany.get("detail").asString()).contains("3명").contains("프리미엄");
        // the requester is full
        api.patch("/api/v1/friends/requests/" + toHub, Map.of("status", "rejected")).auth(hub).expect(200);
        long fromHub = request(hub, fourth);
        api.patch("/api/v1/friends/requests/" + fromHub, Map.of("status", "accepted")).auth(fourth).expect(429);
        assertThat(friendships.friendIds(hub.id())).hasSize(3);
        assertThat(jdbc.queryForObject("select status from friendships where id = ?", String.class, fromHub))
                .isEqualTo("pending");

        // premium lifts the limit
        api.post("/api/v1/subscriptions/upgrade", Map.of("period_days", 30)).auth(hub).expect(200);
        accept(fourth, fromHub);
        assertThat(friendships.friendIds(hub.id())).hasSize(4);
        assertThat(api.get("/api/v1/subscriptions/usage").auth(hub).expect(200).json().get("friends").get("count").asInt())
                .isEqualTo(4);
    }

    @Test
    void concurrentAcceptancesNeverExceedTheLimit() throws Exception {
        User hub = users.aUser();
        befriend(users.aUser(), hub);
        befriend(users.aUser(), hub);
        long r1 = request(users.aUser(), hub);
        long r2 = request(users.aUser(), hub);
        long r3 = request(users.aUser(), hub);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        var futures = java.util.stream.Stream.of(r1, r2, r3).map(id -> pool.submit(() ->
                api.patch("/api/v1/friends/requests/" + id, Map.of("status", "accepted")).auth(hub).send().status()))
                .toList();
        int ok = 0;
        int limited = 0;
        for (var f : futures) {
            int s = f.get();
            ok += s == 200 ? 1 : 0;
            limited += s == 429 ? 1 : 0;
        }
        pool.shutdown();
        assertThat(ok).isEqualTo(1);
        assertThat(limited).isEqualTo(2);
        assertThat(friendships.friendCount(hub.id())).isEqualTo(3);
    }

    @Test
    void recommendationsListPublicPersonasWithoutExistingRelations() {
        User me = users.aUser();
        User open = users.aUser();
        User pending = users.aUser();
        User rejected = users.aUser();
        User hidden = users.aUser();
        for (User u : new User[] {me, open, pending, rejected}) {
            jdbc.update("insert into personas (user_id, name, personality, is_public) values (?, ?, 'warm', true)",
                    u.id(), u.username() + "의 페르소나");
        }
        jdbc.update("insert into personas (user_id, name, personality, is_public) values (?, 'x', 'warm', false)", hidden.id());
        request(me, pending);
        long rej = request(rejected, me);
        api.patch("/api/v1/friends/requests/" + rej, Map.of("status", "rejected")).auth(me).expect(200);

        JsonNode recs = api.get("/api/v1/friends/recommendations").auth(me).expect(200).json();
        var ids = new java.util.ArrayList<Long>();
        recs.get("items").forEach(n -> ids.add(n.get("id").asLong()));
        assertThat(ids).contains(open.id(), rejected.id()).doesNotContain(me.id(), pending.id(), hidden.id());
        assertThat(ids.size()).isLessThanOrEqualTo(20);
        JsonNode first = recs.get("items").get(ids.indexOf(open.id()));
        assertThat(first.get("persona_name").asString()).isEqualTo(open.username() + "의 페르소나");
        assertThat(recs.toString()).doesNotContain("@dearme.test");
    }

    @Test
    void badInputIsA400NeverA500() {
        User a = users.aUser();
        api.post("/api/v1/friends/request", "{not json").auth(a).expect(400);
        api.post("/api/v1/friends/request", Map.of()).auth(a).expect(400);
        api.post("/api/v1/friends/request", Map.of("addressee_id", "abc")).auth(a).expect(400);
        api.post("/api/v1/friends/request", Map.of("addressee_id", "x".repeat(5000))).auth(a).expect(400);
        api.post("/api/v1/friends/request", Map.of("addressee_id", 1)).auth(a).contentType("text/plain").expect(415);
        User b = users.aUser();
        long id = request(a, b);
        api.patch("/api/v1/friends/requests/" + id, Map.of("status", "maybe")).auth(b).expect(400);
        api.patch("/api/v1/friends/requests/" + id, Map.of()).auth(b).expect(400);
        api.patch("/api/v1/friends/requests/abc", Map.of("status", "accepted")).auth(b).expect(400);
        api.delete("/api/v1/friends/abc").auth(b).expect(400);
        api.get("/api/v1/friends").expect(401);
        assertThat(jdbc.queryForObject("select status from friendships where id = ?", String.class, id)).isEqualTo("pending");
    }
}
