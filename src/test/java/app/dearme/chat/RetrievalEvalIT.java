package app.dearme.chat;

import static org.assertj.core.api.Assertions.assertThat;

import app.dearme.ai.AiProperties;
import app.dearme.ai.ChatRequest;
import app.dearme.ai.openai.OpenAiClient;
import app.dearme.support.IntegrationTest;
import app.dearme.support.TestApi;
import app.dearme.support.TestUsers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Retrieval quality on the evaluation set (src/test/resources/retrieval): one user's corpus through the real
 * import and index, each question through the exact context the chat engines receive. Top-1 is the diary a reply
 * cites; top-3 is the whole context an own chat gets.
 */
class RetrievalEvalIT extends IntegrationTest {

    @Autowired
    ChatContextBuilder contexts;

    record Score(double top1, double top3, List<String> misses) {
    }

    static Score evaluate(List<EvalCorpus.Question> questions, Function<String, List<ChatRequest.RetrievedDiary>> ask) {
        int top1 = 0;
        int top3 = 0;
        List<String> misses = new ArrayList<>();
        for (EvalCorpus.Question q : questions) {
            List<String> titles = ask.apply(q.q()).stream().map(ChatRequest.RetrievedDiary::title).toList();
            int rank = titles.indexOf(q.expected());
            if (rank == 0) {
                top1++;
            } else {
                misses.add("[" + q.kind() + "] " + q.q() + " → expected '" + q.expected() + "', got " + titles);
            }
            if (rank >= 0 && rank < 3) {
                top3++;
            }
        }
        return new Score(top1 / (double) questions.size(), top3 / (double) questions.size(), misses);
    }

    static void print(String label, int n, Score s) {
        System.out.printf("RETRIEVAL-EVAL %s: %d questions, top-1 %.1f%%, top-3 %.1f%%%n", label, n,
                s.top1() * 100, s.top3() * 100);
        s.misses().forEach(m -> System.out.println("  miss " + m));
    }

    @Test
    void fullTextRetrievalFindsTheDiaryAskedAbout() {
        TestUsers.User u = users.aUser();
        EvalCorpus.load(api, u);
        List<EvalCorpus.Question> questions = EvalCorpus.questions("questions.json");
        assertThat(questions).hasSizeGreaterThanOrEqualTo(40);

        Score s = evaluate(questions, q -> contexts.context(u.id(), q, null));
        print("full-text", questions.size(), s);

        assertThat(s.top1()).as("top-1 accuracy").isGreaterThanOrEqualTo(0.90);
        assertThat(s.top3()).as("top-3 accuracy").isGreaterThanOrEqualTo(0.98);
    }

    /**
     * A stand-in embedding model speaking the OpenAI embeddings protocol: hashed character bigrams, normalised.
     * It sees surface overlap only, so its number shows the hybrid path works end to end, not what a real
     * model would score.
     */
    static final class FakeEmbeddings extends Dispatcher {
        static final int DIM = 256;
        int calls;

        @Override
        public MockResponse dispatch(RecordedRequest request) {
            calls++;
            String input = TestApi.JSON.readTree(request.getBody().readUtf8()).get("input").asString();
            float[] v = new float[DIM];
            for (String word : input.split("\\s+")) {
                for (int i = 0; i + 1 < word.length(); i++) {
                    v[Math.floorMod(word.substring(i, i + 2).hashCode(), DIM)] += 1;
                }
            }
            StringBuilder json = new StringBuilder("{\"object\":\"list\",\"data\":[{\"object\":\"embedding\",\"index\":0,\"embedding\":[");
            for (int i = 0; i < DIM; i++) {
                json.append(i == 0 ? "" : ",").append(v[i]);
            }
            json.append("]}],\"model\":\"fake-embed\",\"usage\":{\"prompt_tokens\":1,\"total_tokens\":1}}");
            return new MockResponse().setHeader("Content-Type", "application/json").setBody(json.toString());
        }
    }

    @Test
    void hybridRetrievalFusesAFakeEmbeddingServersVectorsWithFullText() throws Exception {
        TestUsers.User u = users.aUser();
        EvalCorpus.load(api, u);
        List<EvalCorpus.Question> questions = EvalCorpus.questions("questions.json");
        FakeEmbeddings model = new FakeEmbeddings();
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(model);
            server.start();
            AiProperties d = AiProperties.defaults();
            OpenAiClient client = new OpenAiClient(new AiProperties("openai", server.url("/").toString(), "test-key",
                    "fake-chat", "fake-embed", d.connectTimeout(), d.readTimeout(), d.firstTokenTimeout(),
                    d.idleTimeout(), 0, d.retryBackoff(), d.temperature(), Map.of(), d.usageZone(),
                    Duration.ofSeconds(10)));
            // the diary_index job's input: title, newline, content
            jdbc.query("select id, title, content from diaries where user_id = ?", rs -> {
                float[] v = client.embed(rs.getString(2) + "\n" + rs.getString(3)).vector();
                Float[] boxed = new Float[v.length];
                for (int i = 0; i < v.length; i++) {
                    boxed[i] = v[i];
                }
                jdbc.update("update diaries set embedding = ? where id = ?", boxed, rs.getLong(1));
            }, u.id());

            Score hybrid = evaluate(questions, q -> contexts.context(u.id(), q, client.embed(q).vector()));
            print("hybrid (full text + fake embeddings, RRF)", questions.size(), hybrid);

            assertThat(model.calls).isEqualTo(EvalCorpus.diaries().size() + questions.size());
            assertThat(jdbc.queryForObject("select count(*) from diaries where user_id = ? and embedding is not null",
                    Integer.class, u.id())).isEqualTo(EvalCorpus.diaries().size());
            assertThat(hybrid.top3()).as("fusion keeps the full-text candidates in reach").isGreaterThan(0.5);
        }
    }
}
