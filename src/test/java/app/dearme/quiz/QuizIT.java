package app.dearme.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import app.dearme.persona.PersonaFixtures;
import app.dearme.support.IntegrationTest;
import app.dearme.support.TestUsers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class QuizIT extends IntegrationTest {

    private PersonaFixtures fx;

    @BeforeEach
    void fixtures() {
        fx = new PersonaFixtures(api, jdbc);
    }

    private static List<Map<String, Object>> answers(String... options) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < options.length; i++) {
            out.add(Map.of("question_id", i + 1, "option_id", options[i]));
        }
        return out;
    }

    @Test
    void questionsAreFiveKoreanQuestionsWithFourOptionsAndNoTraits() {
        TestUsers.User u = users.aUser();
        JsonNode qs = api.get("/api/v1/quiz/questions").auth(u).expect(200).json().get("questions");
        assertThat(qs).hasSize(5);
        for (JsonNode q : qs) {
            assertThat(q.get("text").asString()).matches(".*[가-힣].*");
            assertThat(q.get("options")).hasSize(4);
            assertThat(q.get("options").valueStream().map(o -> o.get("id").asString()).toList())
                    .containsExactly("a", "b", "c", "d");
        }
        assertThat(qs.toString()).doesNotContain("traits").doesNotContain("사교적");
    }

    @Test
    void submittingFiveAnswersMakesATemporaryPersonaOnce() {
        TestUsers.User u = users.aUser();
        JsonNode p = api.post("/api/v1/quiz/submit", Map.of("answers", answers("b", "a", "d", "c", "c"))).auth(u)
                .expect(201).json();
        assertThat(p.get("level").asString()).isEqualTo("temporary");
        assertThat(p.get("name").asString()).isNotBlank();
        assertThat(p.get("generated_from").get("diary_count").asInt()).isZero();
        JsonNode stored = api.get("/api/v1/personas/me").auth(u).expect(200).json();
        assertThat(stored.get("id").asLong()).isEqualTo(p.get("id").asLong());
        // the structured speaking style is stored and read back as data, next to its display prose
        JsonNode style = stored.get("speaking_style_profile");
        assertThat(style.get("formality").asString()).isEqualTo("BANMAL");
        assertThat(style.get("emoji").asString()).isIn("RARELY", "SOMETIMES", "OFTEN");
        assertThat(style).isEqualTo(p.get("speaking_style_profile"));
        api.post("/api/v1/quiz/submit", Map.of("answers", answers("a", "a", "a", "a", "a"))).auth(u).expect(409);
    }

    @Test
    void answersMustCoverEachQuestionExactlyOnce() {
        TestUsers.User u = users.aUser();
        List<Map<String, Object>> dup = new ArrayList<>(answers("a", "a", "a", "a"));
        dup.add(Map.of("question_id", 1, "option_id", "b"));
        api.post("/api/v1/quiz/submit", Map.of("answers", dup)).auth(u).expect(400);
        api.post("/api/v1/quiz/submit", Map.of("answers", answers("a", "a", "a", "a"))).auth(u).expect(400);
        api.post("/api/v1/quiz/submit", Map.of("answers", answers("a", "a", "a", "a", "a", "a"))).auth(u).expect(400);
        api.post("/api/v1/quiz/submit", Map.of("answers", answers("a", "a", "a", "a", "e"))).auth(u).expect(400);
        List<Map<String, Object>> unknownQ = new ArrayList<>(answers("a", "a", "a", "a"));
        unknownQ.add(Map.of("question_id", 9, "option_id", "a"));
        api.post("/api/v1/quiz/submit", Map.of("answers", unknownQ)).auth(u).expect(400);
        api.post("/api/v1/quiz/submit", Map.of("answers", "abcde")).auth(u).expect(400);
        api.post("/api/v1/quiz/submit", Map.of()).auth(u).expect(400);
        api.post("/api/v1/quiz/submit", "[").auth(u).expect(400);
        List<Map<String, Object>> wrongType = new ArrayList<>(answers("a", "a", "a", "a"));
        wrongType.add(Map.of("question_id", "five", "option_id", "a"));
        api.post("/api/v1/quiz/submit", Map.of("answers", wrongType)).auth(u).expect(400);
        api.get("/api/v1/personas/me").auth(u).expect(404);
    }

    @Test
    void levelProgressAndUpgradesFollowNonPrivateDiaries() {
        TestUsers.User u = users.aUser();
        JsonNode none = api.get("/api/v1/quiz/persona-level").auth(u).expect(200).json();
        assertThat(none.get("current_level").isNull()).isTrue();
        api.post("/api/v1/quiz/upgrade-persona", null).auth(u).expect(404);

        long id = fx.quizPersona(u).get("id").asLong();
        JsonNode l0 = api.get("/api/v1/quiz/persona-level").auth(u).expect(200).json();
        assertThat(l0.get("current_level").asString()).isEqualTo("temporary");
        assertThat(l0.get("level_name").asString()).isEqualTo("임시 페르소나");
        assertThat(l0.get("next_level").asString()).isEqualTo("basic");
        assertThat(l0.get("diaries_needed").asInt()).isEqualTo(3);
        assertThat(l0.get("progress_percent").asInt()).isZero();

        fx.diaries(u, 2, false);
        fx.diaries(u, 2, true);
        JsonNode l1 = api.get("/api/v1/quiz/persona-level").auth(u).expect(200).json();
        assertThat(l1.get("diary_count").asInt()).isEqualTo(2);
        assertThat(l1.get("diaries_needed").asInt()).isEqualTo(1);
        assertThat(l1.get("progress_percent").asInt()).isEqualTo(66);
        assertThat(api.post("/api/v1/quiz/upgrade-persona", null).auth(u).expect(422).json().get("detail").asString())
                .startsWith("기본 페르소나로 올리려면").contains("지금은 2개");

        fx.diaries(u, 1, false);
        long job = api.post("/api/v1/quiz/upgrade-persona", null).auth(u).expect(202).json().get("job_id").asLong();
        fx.awaitJob(u, job, "done");
        JsonNode basic = api.get("/api/v1/personas/me").auth(u).expect(200).json();
        assertThat(basic.get("id").asLong()).isEqualTo(id);
        assertThat(basic.get("level").asString()).isEqualTo("basic");
        String inbox = api.get("/api/v1/notifications?per_page=100").auth(u).expect(200).json().toString();
        assertThat(inbox).contains("persona_upgraded", "기본 페르소나로 성장했어요")
                .doesNotContain("(으)로", "(가)");
        JsonNode l2 = api.get("/api/v1/quiz/persona-level").auth(u).expect(200).json();
        assertThat(l2.get("level_name").asString()).isEqualTo("기본 페르소나");
        assertThat(l2.get("next_level").asString()).isEqualTo("complete");
        assertThat(l2.get("diaries_needed").asInt()).isEqualTo(4);
        api.post("/api/v1/quiz/upgrade-persona", null).auth(u).expect(422);

        fx.diaries(u, 4, false);
        job = api.post("/api/v1/quiz/upgrade-persona", null).auth(u).expect(202).json().get("job_id").asLong();
        fx.awaitJob(u, job, "done");
        assertThat(api.get("/api/v1/personas/me").auth(u).expect(200).json().get("level").asString()).isEqualTo("complete");
        JsonNode top = api.get("/api/v1/quiz/persona-level").auth(u).expect(200).json();
        assertThat(top.get("progress_percent").asInt()).isEqualTo(100);
        assertThat(top.get("next_level").isNull()).isTrue();
        api.post("/api/v1/quiz/upgrade-persona", null).auth(u).expect(422);
    }
}
