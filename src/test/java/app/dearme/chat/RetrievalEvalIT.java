package app.dearme.chat;

import static org.assertj.core.api.Assertions.assertThat;

import app.dearme.ai.ChatRequest;
import app.dearme.support.IntegrationTest;
import app.dearme.support.TestUsers;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
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
}
