package app.dearme.notification;

import static org.assertj.core.api.Assertions.assertThat;

import app.dearme.persona.PersonaFixtures;
import app.dearme.persona.SseClient;
import app.dearme.support.IntegrationTest;
import app.dearme.support.TestUsers;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class NotificationIT extends IntegrationTest {

    @Autowired
    Notifications notifications;

    @Autowired
    NotificationStreams streams;

    private PersonaFixtures fx;

    @BeforeEach
    void fixtures() {
        fx = new PersonaFixtures(api, jdbc);
    }

    private long create(TestUsers.User u, String type) {
        return notifications.notify(u.id(), type, "제목 " + type, "내용", null, null).id();
    }

    @Test
    void listFiltersUnreadAndCountsThem() {
        TestUsers.User u = users.aUser();
        long a = create(u, Notifications.REPORT_READY);
        create(u, Notifications.DIARY_REMINDER);
        create(u, Notifications.FRIEND_REQUEST);
        api.patch("/api/v1/notifications/" + a + "/read", null).auth(u).expect(200);

        JsonNode all = api.get("/api/v1/notifications").auth(u).expect(200).json();
        assertThat(all.get("total").asInt()).isEqualTo(3);
        assertThat(all.get("unread_count").asInt()).isEqualTo(2);
        assertThat(all.get("items").get(0).get("type").asString()).isEqualTo(Notifications.FRIEND_REQUEST);
        JsonNode first = all.get("items").get(0);
        for (String f : List.of("id", "type", "title", "content", "is_read", "related_type", "related_id", "created_at")) {
            assertThat(first.has(f)).as(f).isTrue();
        }
        JsonNode unread = api.get("/api/v1/notifications?unread_only=true&per_page=1&page=2").auth(u).expect(200).json();
        assertThat(unread.get("total").asInt()).isEqualTo(2);
        assertThat(unread.get("items")).hasSize(1);
        assertThat(api.get("/api/v1/notifications/unread-count").auth(u).expect(200).json().get("unread_count").asInt())
                .isEqualTo(2);
    }

    /** The count is cached (issue 15): every kind of change must show in the next read. */
    @Test
    void unreadCountFollowsEveryChange() {
        TestUsers.User u = users.aUser();
        assertThat(unread(u)).isZero();
        long a = create(u, Notifications.REPORT_READY);
        assertThat(unread(u)).isEqualTo(1);
        long b = create(u, Notifications.DIARY_REMINDER);
        long c = create(u, Notifications.FRIEND_ACCEPTED);
        assertThat(unread(u)).isEqualTo(3);
        api.patch("/api/v1/notifications/" + a + "/read", null).auth(u).expect(200);
        assertThat(unread(u)).isEqualTo(2);
        api.delete("/api/v1/notifications/" + b).auth(u).expect(204);
        assertThat(unread(u)).isEqualTo(1);
        api.post("/api/v1/notifications/mark-read", Map.of("ids", List.of(c))).auth(u).expect(200);
        assertThat(unread(u)).isZero();
        create(u, Notifications.REPORT_READY);
        create(u, Notifications.REPORT_READY);
        assertThat(unread(u)).isEqualTo(2);
        api.post("/api/v1/notifications/mark-all-read", null).auth(u).expect(200);
        assertThat(unread(u)).isZero();
        TestUsers.User other = users.aUser();
        create(other, Notifications.REPORT_READY);
        assertThat(unread(u)).as("another user's notification").isZero();
    }

    @Test
    void markReadMarkAllAndDelete() {
        TestUsers.User u = users.aUser();
        long a = create(u, Notifications.REPORT_READY);
        long b = create(u, Notifications.DIARY_REMINDER);
        long c = create(u, Notifications.FRIEND_ACCEPTED);
        JsonNode read = api.patch("/api/v1/notifications/" + a + "/read", null).auth(u).expect(200).json();
        assertThat(read.get("is_read").asBoolean()).isTrue();
        assertThat(api.post("/api/v1/notifications/mark-read", Map.of("ids", List.of(b, 99999999L))).auth(u).expect(200)
                .json().get("updated").asInt()).isEqualTo(1);
        assertThat(unread(u)).isEqualTo(1);
        api.post("/api/v1/notifications/mark-all-read", null).auth(u).expect(200);
        assertThat(unread(u)).isZero();
        api.delete("/api/v1/notifications/" + c).auth(u).expect(204);
        api.delete("/api/v1/notifications/" + c).auth(u).expect(404);
        assertThat(api.get("/api/v1/notifications").auth(u).expect(200).json().get("total").asInt()).isEqualTo(2);
    }

    @Test
    void anotherUsersNotificationIs404AndStaysUntouched() {
        TestUsers.User owner = users.aUser();
        TestUsers.User other = users.aUser();
        long id = create(owner, Notifications.REPORT_READY);
        api.patch("/api/v1/notifications/" + id + "/read", null).auth(other).expect(404);
        api.delete("/api/v1/notifications/" + id).auth(other).expect(404);
        assertThat(api.post("/api/v1/notifications/mark-read", Map.of("ids", List.of(id))).auth(other).expect(200)
                .json().get("updated").asInt()).isZero();
        api.post("/api/v1/notifications/mark-all-read", null).auth(other).expect(200);
        assertThat(unread(owner)).isEqualTo(1);
        assertThat(api.get("/api/v1/notifications").auth(other).expect(200).json().get("total").asInt()).isZero();
    }

    @Test
    void badInputIsA4xxProblem() {
        TestUsers.User u = users.aUser();
        for (String q : List.of("?page=0", "?per_page=101", "?per_page=abc", "?unread_only=perhaps")) {
            assertThat(api.get("/api/v1/notifications" + q).auth(u).expect(400).contentType()).startsWith("application/problem+json");
        }
        api.patch("/api/v1/notifications/abc/read", null).auth(u).expect(400);
        api.post("/api/v1/notifications/mark-read", Map.of()).auth(u).expect(400);
        assertThat(api.post("/api/v1/notifications/mark-read", Map.of("ids", List.of())).auth(u).expect(400).json()
                .get("errors").get(0).get("message").asString()).isEqualTo("길이(개수)는 1~100 사이여야 해요.");
        api.post("/api/v1/notifications/mark-read", Map.of("ids", "1,2")).auth(u).expect(400);
        api.post("/api/v1/notifications/mark-read", Map.of("ids", List.of("x"))).auth(u).expect(400);
        api.post("/api/v1/notifications/mark-read", "{oops").auth(u).expect(400);
        api.get("/api/v1/notifications").expect(401);
        api.get("/api/v1/notifications/stream").expect(401);
        api.get("/api/v1/notifications/stream?token=" + u.accessToken()).expect(401);
    }

    @Test
    void theStreamPushesNewNotificationsAndCountChangesOnlyToItsOwner() {
        TestUsers.User u = users.aUser();
        TestUsers.User other = users.aUser();
        create(u, Notifications.REPORT_READY);
        try (SseClient mine = SseClient.get(api.base(), "/api/v1/notifications/stream", u.accessToken());
             SseClient theirs = SseClient.get(api.base(), "/api/v1/notifications/stream", other.accessToken())) {
            assertThat(mine.awaitType("unread_count").get("count").asInt()).isEqualTo(1);
            assertThat(theirs.awaitType("unread_count").get("count").asInt()).isZero();

            // delivery is asynchronous (LISTEN/NOTIFY): the first notification's live event may still arrive after
            // the stream opened, so wait for the events of this step rather than for the next of a type
            long id = create(u, Notifications.FRIEND_ACCEPTED);
            JsonNode n = mine.await(e -> "notification".equals(e.path("type").asString())
                    && e.path("notification").path("id").asLong() == id, WAIT);
            assertThat(n.get("notification").get("title").asString()).isEqualTo("제목 friend_accepted");
            assertThat(mine.await(e -> unreadIs(e, 2), WAIT)).isNotNull();

            api.post("/api/v1/notifications/mark-all-read", null).auth(u).expect(200);
            assertThat(mine.await(e -> unreadIs(e, 0), WAIT)).isNotNull();
            assertThat(theirs.all(Duration.ofMillis(300))).isEmpty();
        }
    }

    private static final Duration WAIT = Duration.ofSeconds(15);

    private static boolean unreadIs(JsonNode e, int count) {
        return "unread_count".equals(e.path("type").asString()) && e.path("count").asInt() == count;
    }

    @Test
    void closedStreamsAreCleanedUp() throws Exception {
        TestUsers.User u = users.aUser();
        try (SseClient s = SseClient.get(api.base(), "/api/v1/notifications/stream", u.accessToken())) {
            s.awaitType("unread_count");
            // Korean text must not turn into mojibake in clients that default text/* to ISO-8859-1
            assertThat(s.contentType()).isEqualToIgnoringCase("text/event-stream;charset=UTF-8");
            assertThat(streams.openCount(u.id())).isEqualTo(1);
        }
        // the server notices on its next write; a notification forces one
        long deadline = System.currentTimeMillis() + 10_000;
        while (streams.openCount(u.id()) > 0 && System.currentTimeMillis() < deadline) {
            create(u, Notifications.DIARY_REMINDER);
            Thread.sleep(200);
        }
        assertThat(streams.openCount(u.id())).isZero();
    }

    @Test
    void aStreamClientThatNeverReadsDoesNotBlockNotificationsForOthers() throws Exception {
        TestUsers.User slow = users.aUser();
        TestUsers.User u = users.aUser();
        try (Socket socket = new Socket("127.0.0.1", port);
             SseClient live = SseClient.get(api.base(), "/api/v1/notifications/stream", u.accessToken())) {
            socket.setReceiveBufferSize(1024);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/v1/notifications/stream HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n"
                    + "Authorization: Bearer " + slow.accessToken() + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            live.awaitType("unread_count");
            // flood the never-reading client far beyond its socket buffers, from this (request) thread
            long start = System.nanoTime();
            for (int i = 0; i < 300; i++) {
                notifications.notify(slow.id(), Notifications.DIARY_REMINDER, "x".repeat(150), "y".repeat(2000), null, null);
            }
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(60));
            create(u, Notifications.REPORT_READY);
            assertThat(live.awaitType("notification").get("notification").get("type").asString())
                    .isEqualTo(Notifications.REPORT_READY);
            api.get("/api/v1/notifications/unread-count").auth(u).expect(200);
            InputStream ignored = socket.getInputStream();
        }
    }

    @Test
    void milestonesArriveOnceEachAtThreeFiveAndSeven() {
        TestUsers.User u = users.aUser();
        fx.diaries(u, 8, false);
        List<String> types = types(u);
        assertThat(types.stream().filter("milestone_3"::equals).count()).isEqualTo(1);
        assertThat(types.stream().filter("milestone_5"::equals).count()).isEqualTo(1);
        assertThat(types.stream().filter("milestone_7"::equals).count()).isEqualTo(1);
        // no persona yet: reaching 7 non-private diaries announces that one can be made
        assertThat(types.stream().filter(Notifications.PERSONA_UPGRADE_AVAILABLE::equals).count()).isEqualTo(1);

        // deleting and re-creating diaries never repeats a milestone
        Long id = jdbc.queryForObject("select id from diaries where user_id = ? order by id desc limit 1", Long.class, u.id());
        api.delete("/api/v1/diaries/" + id).auth(u).expect(204);
        List<Long> ids = jdbc.queryForList("select id from diaries where user_id = ? order by id limit 5", Long.class, u.id());
        ids.forEach(d -> api.delete("/api/v1/diaries/" + d).auth(u).expect(204));
        fx.diaries(u, 6, false);
        assertThat(types(u).stream().filter(t -> t.startsWith("milestone_")).count()).isEqualTo(3);
    }

    @Test
    void aTemporaryPersonaGetsAnUpgradeHintAtThreeDiariesButNotTwiceWhileUnread() {
        TestUsers.User u = users.aUser();
        fx.quizPersona(u);
        fx.diaries(u, 3, false);
        assertThat(types(u)).contains("milestone_3", Notifications.PERSONA_UPGRADE_AVAILABLE);
        assertThat(api.get("/api/v1/notifications").auth(u).expect(200).json().toString())
                .contains("이제 페르소나를 기본 페르소나로 업그레이드할 수 있어요.");
        fx.diaries(u, 4, false); // milestone 7 unlocks complete, but the first hint is still unread
        assertThat(types(u).stream().filter(Notifications.PERSONA_UPGRADE_AVAILABLE::equals).count()).isEqualTo(1);
    }

    @Test
    void privateDiariesReachMilestonesButDoNotUnlockPersonaLevels() {
        TestUsers.User u = users.aUser();
        fx.quizPersona(u);
        fx.diaries(u, 3, true);
        assertThat(types(u)).contains("milestone_3").doesNotContain(Notifications.PERSONA_UPGRADE_AVAILABLE);
    }

    /** After the milestone listener (asynchronous, after commit) has handled every diary so far. */
    private List<String> types(TestUsers.User u) {
        awaitEventListeners();
        return api.get("/api/v1/notifications?per_page=100").auth(u).expect(200).json().get("items").valueStream()
                .map(n -> n.get("type").asString()).toList();
    }

    private int unread(TestUsers.User u) {
        return api.get("/api/v1/notifications/unread-count").auth(u).expect(200).json().get("unread_count").asInt();
    }
}
