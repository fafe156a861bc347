package app.dearme.persona;

import static org.assertj.core.api.Assertions.assertThat;

import app.dearme.support.IntegrationTest;
import app.dearme.support.TestUsers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PersonaIT extends IntegrationTest {

    private PersonaFixtures fx;

    @BeforeEach
    void fixtures() {
        fx = new PersonaFixtures(api, jdbc);
    }

    @Test
    void generationNeedsSevenNonPrivateDiariesAndIsAnnouncedOnTheLiveStream() {
        TestUsers.User u = users.aUser();
        fx.diaries(u, 6, false);
        fx.diaries(u, 3, true); // private diaries never count
        JsonNode tooFew = api.post("/api/v1/personas/generate", null).auth(u).expect(422).json();
        assertThat(tooFew.get("detail").asString()).contains("6");
        JsonNode status = api.get("/api/v1/personas/status").auth(u).expect(200).json();
        assertThat(status.get("diary_count").asInt()).isEqualTo(6);
        assertThat(status.get("required_count").asInt()).isEqualTo(7);
        assertThat(status.get("can_generate").asBoolean()).isFalse();
        assertThat(status.get("has_persona").asBoolean()).isFalse();
        assertThat(status.get("job").isNull()).isTrue();

        fx.diaries(u, 1, false);
        assertThat(api.get("/api/v1/personas/status").auth(u).expect(200).json().get("can_generate").asBoolean()).isTrue();
        try (SseClient stream = SseClient.get(api.base(), "/api/v1/notifications/stream", u.accessToken())) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.contentType()).startsWith("text/event-stream");
            stream.awaitType("unread_count");
            long job = api.post("/api/v1/personas/generate", null).auth(u).expect(202).json().get("job_id").asLong();
            // a second click while it runs gets the same job, not a second persona
            TestUsersJob second = new TestUsersJob(api.post("/api/v1/personas/generate", null).auth(u).send());
            assertThat(second.status() == 202 ? second.jobId() : job).isEqualTo(job);

            JsonNode ready = stream.await(e -> "notification".equals(e.path("type").asString())
                    && "persona_ready".equals(e.path("notification").path("type").asString()), Duration.ofSeconds(20));
            JsonNode persona = api.get("/api/v1/personas/me").auth(u).expect(200).json();
            assertThat(ready.get("notification").get("related_type").asString()).isEqualTo("persona");
            assertThat(ready.get("notification").get("related_id").asLong()).isEqualTo(persona.get("id").asLong());
            assertThat(ready.get("notification").get("is_read").asBoolean()).isFalse();
            // the persona's name with the right particle, never the "을(를)" fallback
            assertThat(ready.get("notification").get("content").asString())
                    .startsWith(persona.get("name").asString()).doesNotContain("(를)", "(가)");
            JsonNode unread = stream.awaitType("unread_count");
            assertThat(unread.get("count").asInt()).isGreaterThanOrEqualTo(1);
            fx.awaitJob(u, job, "done");
        }
        JsonNode p = api.get("/api/v1/personas/me").auth(u).expect(200).json();
        assertThat(p.get("level").asString()).isEqualTo("complete");
        assertThat(p.get("user_id").asLong()).isEqualTo(u.id());
        assertThat(p.get("name").asString()).isNotBlank();
        assertThat(p.get("personality").asString()).isNotBlank();
        assertThat(p.get("traits").size()).isGreaterThan(0);
        assertThat(p.get("interests").isArray()).isTrue();
        assertThat(p.get("is_public").asBoolean()).as("visible to accepted friends by default").isTrue();
        assertThat(p.get("generated_from").get("diary_count").asInt()).isEqualTo(7);
        assertThat(p.get("generated_from").get("until_date").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(p.get("customization").has("tone")).isTrue();
        JsonNode after = api.get("/api/v1/personas/status").auth(u).expect(200).json();
        assertThat(after.get("has_persona").asBoolean()).isTrue();
        assertThat(after.get("level").asString()).isEqualTo("complete");
        assertThat(after.get("job").get("status").asString()).isEqualTo("done");
        api.post("/api/v1/personas/generate", null).auth(u).expect(409);
    }

    private record TestUsersJob(int status, long jobId) {
        TestUsersJob(app.dearme.support.TestApi.Resp r) {
            this(r.status(), r.status() == 202 ? r.json().get("job_id").asLong() : -1);
        }
    }

    @Test
    void generatedPersonaNeverContainsPrivateDiaryText() {
        TestUsers.User u = users.aUser();
        fx.diaries(u, 1, true, i -> "비밀스러운 초록색 잠수함 이야기는 아무에게도 말하지 않을 것이다.");
        JsonNode p = fx.generatedPersona(u);
        assertThat(p.toString()).doesNotContain("잠수함");
    }

    @Test
    void regenerateKeepsIdVisibilityCustomizationAndChats() {
        TestUsers.User u = users.aUser();
        JsonNode p = fx.generatedPersona(u);
        api.put("/api/v1/personas/me", Map.of("is_public", false, "name", "새 이름")).auth(u).expect(200);
        api.put("/api/v1/personas/me/customize", Map.of("tone", "formal", "greeting", "안녕하세요!")).auth(u).expect(200);
        long chat = api.post("/api/v1/chats", Map.of("persona_id", p.get("id").asLong())).auth(u).expect(201).json()
                .get("id").asLong();
        long job = api.post("/api/v1/personas/regenerate", null).auth(u).expect(202).json().get("job_id").asLong();
        fx.awaitJob(u, job, "done");
        JsonNode again = api.get("/api/v1/personas/me").auth(u).expect(200).json();
        assertThat(again.get("id").asLong()).isEqualTo(p.get("id").asLong());
        assertThat(again.get("is_public").asBoolean()).isFalse();
        assertThat(again.get("customization").get("tone").asString()).isEqualTo("formal");
        assertThat(again.get("customization").get("greeting").asString()).isEqualTo("안녕하세요!");
        assertThat(again.get("level").asString()).isEqualTo("complete");
        api.get("/api/v1/chats/" + chat).auth(u).expect(200);
    }

    @Test
    void regenerateNeedsAPersonaAndSevenDiaries() {
        TestUsers.User u = users.aUser();
        api.post("/api/v1/personas/regenerate", null).auth(u).expect(404);
        fx.quizPersona(u);
        api.post("/api/v1/personas/regenerate", null).auth(u).expect(422);
    }

    @Test
    void meIs404WithoutAPersona() {
        TestUsers.User u = users.aUser();
        api.get("/api/v1/personas/me").auth(u).expect(404);
        api.put("/api/v1/personas/me", Map.of("name", "x")).auth(u).expect(404);
        api.put("/api/v1/personas/me/customize", Map.of("tone", "cute")).auth(u).expect(404);
    }

    @Test
    void customizeMergesFieldsAndRejectsUnknownValues() {
        TestUsers.User u = users.aUser();
        fx.quizPersona(u);
        JsonNode c1 = api.put("/api/v1/personas/me/customize", Map.of("tone", "cute", "emoji", true)).auth(u)
                .expect(200).json().get("customization");
        assertThat(c1.get("tone").asString()).isEqualTo("cute");
        JsonNode c2 = api.put("/api/v1/personas/me/customize", Map.of("traits_override", List.of("유머러스", "따뜻함", "유머러스")))
                .auth(u).expect(200).json().get("customization");
        assertThat(c2.get("tone").asString()).isEqualTo("cute");
        assertThat(c2.get("emoji").asBoolean()).isTrue();
        assertThat(c2.get("traits_override")).hasSize(2);

        api.put("/api/v1/personas/me/customize", Map.of("tone", "angry")).auth(u).expect(400);
        api.put("/api/v1/personas/me/customize", Map.of("traits_override", List.of("용감함"))).auth(u).expect(400);
        List<String> eleven = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            eleven.add("따뜻함");
        }
        api.put("/api/v1/personas/me/customize", Map.of("traits_override", eleven)).auth(u).expect(400);
        api.put("/api/v1/personas/me/customize", Map.of("greeting", "가".repeat(201))).auth(u).expect(400);
        api.put("/api/v1/personas/me/customize", Map.of("emoji", "yes please")).auth(u).expect(400);
        api.put("/api/v1/personas/me/customize", "{not json").auth(u).expect(400);
        api.put("/api/v1/personas/me", Map.of("name", "   ")).auth(u).expect(400);
        api.put("/api/v1/personas/me", Map.of("is_public", "maybe")).auth(u).expect(400);
        api.put("/api/v1/personas/me", Map.of("name", "가".repeat(51))).auth(u).expect(400);
        JsonNode still = api.get("/api/v1/personas/me").auth(u).expect(200).json().get("customization");
        assertThat(still.get("tone").asString()).isEqualTo("cute");
        assertThat(still.get("traits_override")).hasSize(2);
    }

    @Test
    void friendsSeeOnlyPublicPersonasOfAcceptedFriends() {
        TestUsers.User owner = users.aUser();
        TestUsers.User friend = users.aUser();
        TestUsers.User stranger = users.aUser();
        TestUsers.User pending = users.aUser();
        fx.quizPersona(owner);
        fx.befriend(owner, friend);
        api.post("/api/v1/friends/request", Map.of("addressee_id", owner.id())).auth(pending).expect(201);

        api.get("/api/v1/personas/" + owner.id()).auth(friend).expect(200); // visible to friends by default
        api.put("/api/v1/personas/me", Map.of("is_public", false)).auth(owner).expect(200);
        api.get("/api/v1/personas/" + owner.id()).auth(friend).expect(403); // private
        api.put("/api/v1/personas/me", Map.of("is_public", true)).auth(owner).expect(200);
        JsonNode seen = api.get("/api/v1/personas/" + owner.id()).auth(friend).expect(200).json();
        assertThat(seen.get("user_id").asLong()).isEqualTo(owner.id());
        assertThat(seen.get("generated_from").isNull()).isTrue();
        api.get("/api/v1/personas/" + owner.id()).auth(stranger).expect(403);
        api.get("/api/v1/personas/" + owner.id()).auth(pending).expect(403);
        api.get("/api/v1/personas/" + friend.id()).auth(owner).expect(404); // friend, but no persona
        api.get("/api/v1/personas/99999999").auth(owner).expect(403);
        api.get("/api/v1/personas/abc").auth(owner).expect(400);
    }
}
