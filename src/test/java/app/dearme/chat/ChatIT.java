package app.dearme.chat;

import static org.assertj.core.api.Assertions.assertThat;

import app.dearme.persona.PersonaFixtures;
import app.dearme.persona.SseClient;
import app.dearme.support.IntegrationTest;
import app.dearme.support.TestApi;
import app.dearme.support.TestUsers;
import java.net.Socket;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ChatIT extends IntegrationTest {

    private PersonaFixtures fx;

    @BeforeEach
    void fixtures() {
        fx = new PersonaFixtures(api, jdbc);
    }

    private long chatWithOwnQuizPersona(TestUsers.User u) {
        long persona = fx.quizPersona(u).get("id").asLong();
        return api.post("/api/v1/chats", Map.of("persona_id", persona)).auth(u).expect(201).json().get("id").asLong();
    }

    private long messageCount(long chatId) {
        return jdbc.queryForObject("select count(*) from chat_messages where chat_id = ?", Long.class, chatId);
    }

    @Test
    void aChatStartsWithTheCustomGreetingAndRepliesArrive() {
        TestUsers.User u = users.aUser();
        long persona = fx.quizPersona(u).get("id").asLong();
        api.put("/api/v1/personas/me/customize", Map.of("greeting", "왔구나! 오늘은 어땠어?", "tone", "casual")).auth(u).expect(200);
        JsonNode chat = api.post("/api/v1/chats", Map.of("persona_id", persona)).auth(u).expect(201).json();
        assertThat(chat.get("persona_id").asLong()).isEqualTo(persona);
        assertThat(chat.get("is_own_persona").asBoolean()).isTrue();
        assertThat(chat.get("persona_name").asString()).isNotBlank();
        assertThat(chat.get("messages")).hasSize(1);
        assertThat(chat.get("messages").get(0).get("role").asString()).isEqualTo("persona");
        assertThat(chat.get("messages").get(0).get("content").asString()).isEqualTo("왔구나! 오늘은 어땠어?");

        long id = chat.get("id").asLong();
        JsonNode reply = api.post("/api/v1/chats/" + id + "/messages", Map.of("content", "오늘 회사에서 발표를 했어"))
                .auth(u).expect(201).json();
        assertThat(reply.get("role").asString()).isEqualTo("persona");
        assertThat(reply.get("chat_id").asLong()).isEqualTo(id);
        assertThat(reply.get("content").asString()).isNotBlank();
        JsonNode detail = api.get("/api/v1/chats/" + id).auth(u).expect(200).json();
        assertThat(detail.get("messages").valueStream().map(m -> m.get("role").asString()).toList())
                .containsExactly("persona", "user", "persona");
        assertThat(detail.get("title").asString()).isEqualTo("오늘 회사에서 발표를 했어");
        assertThat(detail.get("last_message_at").isNull()).isFalse();

        JsonNode export = api.get("/api/v1/users/me/export?format=json").auth(u).expect(200).json();
        assertThat(export.get("persona").get("id").asLong()).isEqualTo(persona);
        assertThat(export.get("chats").get(0).get("messages")).hasSize(3);
    }

    @Test
    void streamingSendsUserMessageThenChunksThenDone() {
        TestUsers.User u = users.aUser();
        long chat = chatWithOwnQuizPersona(u);
        try (SseClient s = SseClient.post(api.base(), "/api/v1/chats/" + chat + "/messages/stream", u.accessToken(),
                Map.of("content", "요즘 기타를 배우고 있어. 코드 바꾸는 게 어려워"))) {
            assertThat(s.status()).isEqualTo(200);
            assertThat(s.contentType()).isEqualToIgnoringCase("text/event-stream;charset=UTF-8");
            List<JsonNode> events = s.all(Duration.ofSeconds(20));
            List<String> types = events.stream().map(e -> e.get("type").asString()).toList();
            assertThat(types.getFirst()).isEqualTo("user_message");
            assertThat(types.getLast()).isEqualTo("done");
            assertThat(types.subList(1, types.size() - 1)).isNotEmpty().allMatch("chunk"::equals);
            JsonNode user = events.getFirst().get("message");
            assertThat(user.get("role").asString()).isEqualTo("user");
            assertThat(user.get("content").asString()).isEqualTo("요즘 기타를 배우고 있어. 코드 바꾸는 게 어려워");
            JsonNode done = events.getLast().get("message");
            String joined = events.stream().filter(e -> e.get("type").asString().equals("chunk"))
                    .map(e -> e.get("content").asString()).collect(Collectors.joining());
            assertThat(joined).isEqualTo(done.get("content").asString());
            for (String f : List.of("id", "chat_id", "role", "content", "created_at")) {
                assertThat(done.has(f)).as(f).isTrue();
            }
            assertThat(done.get("role").asString()).isEqualTo("persona");
            JsonNode msgs = api.get("/api/v1/chats/" + chat).auth(u).expect(200).json().get("messages");
            assertThat(msgs.get(msgs.size() - 1).get("content").asString()).isEqualTo(joined);
        }
    }

    @Test
    void aSelfHarmMessageGetsASafetyEventAndCrisisResourcesFirst() {
        TestUsers.User u = users.aUser();
        long chat = chatWithOwnQuizPersona(u);
        try (SseClient s = SseClient.post(api.base(), "/api/v1/chats/" + chat + "/messages/stream", u.accessToken(),
                Map.of("content", "요즘 너무 힘들어서 그냥 죽고 싶어"))) {
            List<JsonNode> events = s.all(Duration.ofSeconds(20));
            assertThat(events.get(1).get("type").asString()).isEqualTo("safety");
            String resources = events.get(1).get("resources").toString();
            assertThat(resources).contains("109").contains("1577-0199").contains("119");
            assertThat(events.getLast().get("message").get("content").asString()).contains("109");
        }
        JsonNode plain = api.post("/api/v1/chats/" + chat + "/messages", Map.of("content", "I want to die")).auth(u)
                .expect(201).json();
        assertThat(plain.get("content").asString()).contains("109");
    }

    @Test
    void anIdempotencyKeyReplaysTheSameReplyAndCreatesNothing() {
        TestUsers.User u = users.aUser();
        long chat = chatWithOwnQuizPersona(u);
        String path = "/api/v1/chats/" + chat + "/messages";
        JsonNode first = api.post(path, Map.of("content", "주말에 뭐 할까?")).auth(u).header("Idempotency-Key", "k-1")
                .expect(201).json();
        long count = messageCount(chat);
        JsonNode again = api.post(path, Map.of("content", "주말에 뭐 할까?")).auth(u).header("Idempotency-Key", "k-1")
                .expect(201).json();
        assertThat(again).isEqualTo(first);
        assertThat(messageCount(chat)).isEqualTo(count);
        // the platform's one policy: a reused key with another body is 422, as for diaries
        JsonNode reused = api.post(path, Map.of("content", "다른 내용")).auth(u).header("Idempotency-Key", "k-1")
                .expect(422).json();
        assertThat(reused.get("type").asString()).endsWith("idempotency-key-reused");
        // the stream endpoint shares the key space: the same request replays as a stream
        List<JsonNode> events = streamWithKey(u, path + "/stream", "주말에 뭐 할까?", "k-1");
        assertThat(events.getFirst().get("type").asString()).isEqualTo("user_message");
        assertThat(events.getLast().get("message")).isEqualTo(first);
        assertThat(messageCount(chat)).isEqualTo(count);
        // a fresh key on the stream creates a turn, and its replay does not
        List<JsonNode> fresh = streamWithKey(u, path + "/stream", "새 질문이야", "k-2");
        List<JsonNode> replay = streamWithKey(u, path + "/stream", "새 질문이야", "k-2");
        assertThat(replay.getLast().get("message")).isEqualTo(fresh.getLast().get("message"));
        assertThat(messageCount(chat)).isEqualTo(count + 2);
        api.post(path, Map.of("content", "x")).auth(u).header("Idempotency-Key", "k".repeat(201)).expect(400);
    }

    private List<JsonNode> streamWithKey(TestUsers.User u, String path, String content, String key) {
        var req = java.net.http.HttpRequest.newBuilder(java.net.URI.create(api.base() + path))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + u.accessToken())
                .header("Idempotency-Key", key)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(TestApi.toJson(Map.of("content", content)))).build();
        try {
            String body = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build()
                    .send(req, java.net.http.HttpResponse.BodyHandlers.ofString()).body();
            return body.lines().filter(l -> l.startsWith("data:"))
                    .map(l -> TestApi.JSON.readTree(l.substring(5).strip())).toList();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void badMessagesAreRejectedBeforeAnyStreamStarts() {
        TestUsers.User u = users.aUser();
        long chat = chatWithOwnQuizPersona(u);
        for (String path : List.of("/api/v1/chats/" + chat + "/messages", "/api/v1/chats/" + chat + "/messages/stream")) {
            for (Object body : List.of(Map.of("content", ""), Map.of("content", "   "), Map.of("content", "가".repeat(2001)),
                    Map.of(), Map.of("content", Map.of("a", 1)), "{\"content\":", Map.of("content", List.of("a")))) {
                TestApi.Resp r = api.post(path, body).auth(u).header("Accept", path.endsWith("stream")
                        ? "text/event-stream" : "application/json").send();
                assertThat(r.status()).as(path + " " + body).isEqualTo(400);
                assertThat(r.contentType()).startsWith("application/problem+json");
            }
            api.post(path, Map.of("content", "가".repeat(2000))).auth(u).contentType("text/plain").expect(415);
        }
        // field messages in the app's own Korean, English on request
        JsonNode tooLong = api.post("/api/v1/chats/" + chat + "/messages", Map.of("content", "가".repeat(2001))).auth(u)
                .expect(400).json().get("errors").get(0);
        assertThat(tooLong.get("field").asString()).isEqualTo("content");
        assertThat(tooLong.get("message").asString()).isEqualTo("길이(개수)는 2000 이하여야 해요.");
        assertThat(api.post("/api/v1/chats/" + chat + "/messages", Map.of("content", "가".repeat(2001))).auth(u)
                .header("Accept-Language", "en").expect(400).json().get("errors").get(0).get("message").asString())
                .doesNotContainPattern("[가-힣]");
        assertThat(api.post("/api/v1/chats/" + chat + "/messages", Map.of("content", "가".repeat(2000))).auth(u).send().status())
                .isEqualTo(201);
        assertThat(messageCount(chat)).isEqualTo(2);
    }

    @Test
    void someoneElsesChatIs404EverywhereAndStaysUnchanged() {
        TestUsers.User owner = users.aUser();
        TestUsers.User other = users.aUser();
        fx.quizPersona(other);
        long chat = chatWithOwnQuizPersona(owner);
        api.post("/api/v1/chats/" + chat + "/messages", Map.of("content", "안녕")).auth(owner).expect(201);
        long before = messageCount(chat);
        api.get("/api/v1/chats/" + chat).auth(other).expect(404);
        api.get("/api/v1/chats/" + chat + "/messages").auth(other).expect(404);
        api.post("/api/v1/chats/" + chat + "/messages", Map.of("content", "hi")).auth(other).expect(404);
        TestApi.Resp streamed = api.post("/api/v1/chats/" + chat + "/messages/stream", Map.of("content", "hi")).auth(other)
                .header("Accept", "text/event-stream").expect(404);
        assertThat(streamed.contentType()).startsWith("application/problem+json");
        api.delete("/api/v1/chats/" + chat).auth(other).expect(404);
        assertThat(messageCount(chat)).isEqualTo(before);
        assertThat(api.get("/api/v1/chats").auth(other).expect(200).json().get("total").asInt()).isZero();
        api.get("/api/v1/chats/99999999").auth(owner).expect(404);
        api.get("/api/v1/chats/abc").auth(owner).expect(400);
        api.post("/api/v1/chats", Map.of("persona_id", 99999999L)).auth(owner).expect(404);
        api.post("/api/v1/chats", Map.of("persona_id", "x")).auth(owner).expect(400);
        api.post("/api/v1/chats", Map.of()).auth(owner).expect(400);
        api.post("/api/v1/chats", "{").auth(owner).expect(400);
    }

    @Test
    void listingPagingCursorAndDelete() {
        TestUsers.User u = users.aUser();
        fx.premium(u);
        long a = chatWithOwnQuizPersona(u);
        long personaId = api.get("/api/v1/personas/me").auth(u).expect(200).json().get("id").asLong();
        long b = api.post("/api/v1/chats", Map.of("persona_id", personaId)).auth(u).expect(201).json().get("id").asLong();
        for (int i = 0; i < 3; i++) {
            api.post("/api/v1/chats/" + a + "/messages", Map.of("content", "메시지 " + i)).auth(u).expect(201);
        }
        JsonNode list = api.get("/api/v1/chats?per_page=1").auth(u).expect(200).json();
        assertThat(list.get("total").asInt()).isEqualTo(2);
        assertThat(list.get("items").get(0).get("id").asLong()).isEqualTo(a); // most recent activity first
        JsonNode page2 = api.get("/api/v1/chats?per_page=1&page=2").auth(u).expect(200).json();
        assertThat(page2.get("items").get(0).get("id").asLong()).isEqualTo(b);

        JsonNode latest = api.get("/api/v1/chats/" + a + "/messages?limit=2").auth(u).expect(200).json();
        assertThat(latest.get("items")).hasSize(2);
        assertThat(latest.get("has_more").asBoolean()).isTrue();
        long oldestShown = latest.get("items").get(0).get("id").asLong();
        assertThat(latest.get("items").get(1).get("id").asLong()).isGreaterThan(oldestShown);
        JsonNode older = api.get("/api/v1/chats/" + a + "/messages?limit=50&before=" + oldestShown).auth(u).expect(200).json();
        assertThat(older.get("items")).hasSize(4);
        assertThat(older.get("has_more").asBoolean()).isFalse();
        assertThat(older.get("items").valueStream().allMatch(m -> m.get("id").asLong() < oldestShown)).isTrue();
        for (String q : List.of("?limit=0", "?limit=101", "?limit=x", "?before=-1", "?before=abc")) {
            api.get("/api/v1/chats/" + a + "/messages" + q).auth(u).expect(400);
        }
        api.get("/api/v1/chats?page=0").auth(u).expect(400);

        api.delete("/api/v1/chats/" + a).auth(u).expect(204);
        api.get("/api/v1/chats/" + a).auth(u).expect(404);
        assertThat(messageCount(a)).isZero();
    }

    @Test
    void friendChatNeedsAnAcceptedFriendsPublicPersona() {
        TestUsers.User owner = users.aUser();
        TestUsers.User friend = users.aUser();
        TestUsers.User stranger = users.aUser();
        TestUsers.User pending = users.aUser();
        TestUsers.User rejected = users.aUser();
        long persona = fx.quizPersona(owner).get("id").asLong();
        fx.befriend(owner, friend);
        api.post("/api/v1/friends/request", Map.of("addressee_id", owner.id())).auth(pending).expect(201);
        long rej = api.post("/api/v1/friends/request", Map.of("addressee_id", owner.id())).auth(rejected).expect(201)
                .json().get("id").asLong();
        api.patch("/api/v1/friends/requests/" + rej, Map.of("status", "rejected")).auth(owner).expect(200);

        api.put("/api/v1/personas/me", Map.of("is_public", false)).auth(owner).expect(200);
        api.post("/api/v1/chats", Map.of("persona_id", persona)).auth(friend).expect(403); // hidden by the owner
        api.put("/api/v1/personas/me", Map.of("is_public", true)).auth(owner).expect(200); // the default again
        for (TestUsers.User u : List.of(stranger, pending, rejected)) {
            api.post("/api/v1/chats", Map.of("persona_id", persona)).auth(u).expect(403);
        }
        JsonNode chat = api.post("/api/v1/chats", Map.of("persona_id", persona)).auth(friend).expect(201).json();
        assertThat(chat.get("is_own_persona").asBoolean()).isFalse();
        long chatId = chat.get("id").asLong();
        api.post("/api/v1/chats/" + chatId + "/messages", Map.of("content", "안녕! 요즘 어때?")).auth(friend).expect(201);

        // going private (or unfriending) stops the persona from answering in existing chats
        api.put("/api/v1/personas/me", Map.of("is_public", false)).auth(owner).expect(200);
        api.post("/api/v1/chats/" + chatId + "/messages", Map.of("content", "또 왔어")).auth(friend).expect(403);
        api.post("/api/v1/chats/" + chatId + "/messages/stream", Map.of("content", "또 왔어")).auth(friend).expect(403);
        api.put("/api/v1/personas/me", Map.of("is_public", true)).auth(owner).expect(200);
        api.delete("/api/v1/friends/" + owner.id()).auth(friend).expect(204);
        api.post("/api/v1/chats/" + chatId + "/messages", Map.of("content", "또 왔어")).auth(friend).expect(403);
    }

    @Test
    void askingAboutTodayOrYesterdayUsesThatDaysPublicDiaryAndNeverAPrivateOne() {
        TestUsers.User owner = users.aUser();
        TestUsers.User friend = users.aUser();
        long persona = fx.quizPersona(owner).get("id").asLong();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Seoul"));
        api.post("/api/v1/diaries", Map.of("title", "비밀 병원 예약", "content", "아무에게도 말하지 않은 진료 이야기.",
                "mood", "anxious", "diary_date", today.toString(), "is_private", true)).auth(owner).expect(201);
        api.post("/api/v1/diaries", Map.of("title", "수영 첫 수업", "content", "물에 뜨는 법을 배웠다. 발차기가 어려웠다.",
                "mood", "excited", "diary_date", today.minusDays(1).toString())).auth(owner).expect(201);
        long own = api.post("/api/v1/chats", Map.of("persona_id", persona)).auth(owner).expect(201).json().get("id").asLong();

        // the question has no topic word for full-text retrieval; the day it names picks the diary
        String yesterday = api.post("/api/v1/chats/" + own + "/messages", Map.of("content", "어제 뭐 했어?"))
                .auth(owner).expect(201).json().get("content").asString();
        assertThat(yesterday).contains("어제 쓴 '수영 첫 수업' 일기");
        String todays = api.post("/api/v1/chats/" + own + "/messages", Map.of("content", "오늘 뭐 했어?"))
                .auth(owner).expect(201).json().get("content").asString();
        assertThat(todays).doesNotContain("병원", "진료").contains("모르겠");

        // a friend hears nothing about the day: no day word, no mood, no title (friend-chat privacy model)
        api.put("/api/v1/personas/me", Map.of("is_public", true)).auth(owner).expect(200);
        fx.befriend(owner, friend);
        long theirs = api.post("/api/v1/chats", Map.of("persona_id", persona)).auth(friend).expect(201).json().get("id").asLong();
        String toFriend = api.post("/api/v1/chats/" + theirs + "/messages", Map.of("content", "어제 뭐 했어?"))
                .auth(friend).expect(201).json().get("content").asString();
        assertThat(toFriend).doesNotContain("어제는", "설레", "수영", "병원", "발차기", "불안");
    }

    @Test
    void freeUsersGetFiveMessagesADayThenA429ProblemEvenOnTheStream() {
        TestUsers.User u = users.aUser();
        long chat = chatWithOwnQuizPersona(u);
        for (int i = 0; i < 5; i++) {
            api.post("/api/v1/chats/" + chat + "/messages", Map.of("content", "안녕 " + i)).auth(u).expect(201);
        }
        api.post("/api/v1/chats/" + chat + "/messages", Map.of("content", "또")).auth(u).expect(429);
        TestApi.Resp r = api.post("/api/v1/chats/" + chat + "/messages/stream", Map.of("content", "또")).auth(u)
                .header("Accept", "text/event-stream").expect(429);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(messageCount(chat)).isEqualTo(10);
    }

    @Test
    void aClientThatDisconnectsMidStreamLeavesNoPartialReplyAndTheServerKeepsWorking() throws Exception {
        TestUsers.User u = users.aUser();
        fx.premium(u);
        long chat = chatWithOwnQuizPersona(u);
        String body = TestApi.toJson(Map.of("content", "오늘 있었던 일을 길게 얘기해 볼게. 아침부터 정신이 없었어"));
        for (int i = 0; i < 5; i++) {
            sendAndHangUp(u, chat, body);
        }
        // and several at once in the same chat: undoing one turn while the next one starts must not deadlock
        try (var pool = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            List<java.util.concurrent.Future<?>> all = new java.util.ArrayList<>();
            for (int i = 0; i < 12; i++) {
                all.add(pool.submit(() -> {
                    sendAndHangUp(u, chat, body);
                    return null;
                }));
            }
            for (var f : all) {
                f.get();
            }
        }
        // every turn is either complete (user + persona) or fully undone: never a user message left without its reply
        // (concurrent turns interleave, so count the roles once every turn has ended)
        String roles = "select count(*) filter (where role = 'user') - count(*) filter (where role = 'persona') "
                + "from chat_messages where chat_id = ?";
        org.awaitility.Awaitility.await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.queryForObject(roles, Long.class, chat) == 0);
        api.post("/api/v1/chats/" + chat + "/messages", Map.of("content", "아직 있어?")).auth(u).expect(201);
    }

    private void sendAndHangUp(TestUsers.User u, long chat, String body) throws java.io.IOException {
        try (Socket socket = RawStreamSend.open(port, chat, u.accessToken(), body)) {
            socket.getInputStream().read(new byte[64]); // the first bytes of the response, then hang up
        }
    }
}
