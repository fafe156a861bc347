package app.dearme.chat;

import app.dearme.vocabulary.PersonaLevel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.dearme.ai.AiEngine;
import app.dearme.ai.ChatRequest;
import app.dearme.ai.ChunkSink;
import app.dearme.persona.PersonaCustomization;
import app.dearme.persona.PersonaView;
import app.dearme.support.IntegrationTest;
import app.dearme.support.TestUsers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Reply quality on the default engine (src/test/resources/retrieval/replies.json): the evaluation corpus as one
 * owner's diaries with their real mental analyses, every question through the real context builder and engine.
 * Each reply must cite what the question asks about, never say it does not know, never copy a diary sentence, and
 * keep the asked politeness level. Friend questions see the profile only.
 */
class ReplyQualityIT extends IntegrationTest {

    private static final String DONT_KNOW = "모르겠";
    private static final Pattern TREND = Pattern.compile("마음의 안정감|활력|자존감|긍정적인 마음|사람들과의 연결감|회복력");
    private static final Pattern EMPATHY = Pattern.compile("겠다|겠어요|느껴져|마음");
    private static final Pattern ADVICE = Pattern.compile("정해 보|적어 보|천천히|시도해|풀어 보|편해지는 쪽");
    private static final Pattern EMOJI = Pattern.compile("[\\x{1F300}-\\x{1FAFF}\\x{2600}-\\x{27BF}]");

    @Autowired
    ChatContextBuilder contexts;

    @Autowired
    AiEngine engine;

    @Test
    void everyQuestionGetsAGroundedAnswerInTheAskedRegister() {
        TestUsers.User u = users.aUser();
        api.patch("/api/v1/users/me", Map.of("rag_context_level", "detailed")).auth(u).expect(200);
        List<EvalCorpus.Diary> diaries = EvalCorpus.load(api, u);
        // an import analyses only its newest diaries (dearme.diary.import.analyze-latest): wait for every job it queued
        awaitEventListeners();
        await().atMost(Duration.ofSeconds(90)).until(() -> jdbc.queryForObject(
                "select count(*) from jobs where user_id = ? and finished_at is null", Integer.class, u.id()) == 0
                && jdbc.queryForObject("select count(*) from mental_analyses where user_id = ?", Integer.class,
                u.id()) > 0);

        JsonNode data = EvalCorpus.resource("replies.json");
        JsonNode p = data.get("persona");
        List<String> traits = p.get("traits").valueStream().map(JsonNode::asString).toList();
        List<String> interests = p.get("interests").valueStream().map(JsonNode::asString).toList();
        List<String> failures = new ArrayList<>();
        int n = 0;
        for (JsonNode q : data.get("questions")) {
            n++;
            boolean friend = q.path("friend").asBoolean(false);
            String tone = q.get("tone").asString();
            PersonaView persona = new PersonaView(1, u.id(), p.get("name").asString(), p.get("personality").asString(),
                    traits, interests, p.get("speaking_style").asString(), "", true,
                    new PersonaCustomization(tone, false, List.of(), null), PersonaLevel.COMPLETE, null, null, null);
            ChatTurnSteps.Prepared turn = new ChatTurnSteps.Prepared(friend ? u.id() + 1 : u.id(), null, persona, friend,
                    new ChatDtos.Message(0, 0, "user", q.get("q").asString(), null), List.of(), 0, null);
            ChatRequest req = contexts.build(turn, null);
            String reply = engine.chatReply(req, ChunkSink.IGNORE);
            String problem = problem(q, reply, tone, diaries, traits, interests);
            System.out.printf("REPLY-QUALITY [%s%s] %s → %s%s%n", q.get("category").asString(), friend ? "/friend" : "",
                    q.get("q").asString(), reply, problem == null ? "" : "   ✗ " + problem);
            if (problem != null) {
                failures.add(q.get("q").asString() + ": " + problem + " — " + reply);
            }
        }
        assertThat(n).isGreaterThanOrEqualTo(30);
        assertThat(failures).isEmpty();
    }

    /** The first failed check, or null. */
    private static String problem(JsonNode q, String reply, String tone, List<EvalCorpus.Diary> diaries,
                                  List<String> traits, List<String> interests) {
        String expect = q.get("expect").asString();
        if (reply.contains(DONT_KNOW)) {
            return "don't-know line";
        }
        for (EvalCorpus.Diary d : diaries) {
            for (String sentence : d.content().split("(?<=[.!?])\\s+")) {
                String s = sentence.replaceAll("[.!?]$", "");
                if (s.length() >= 8 && reply.contains(s)) {
                    return "copies a diary sentence: " + s;
                }
            }
        }
        String register = register(reply, tone);
        if (register != null) {
            return register;
        }
        boolean citesAnyTitle = diaries.stream().anyMatch(d -> reply.contains("'" + d.title() + "'"));
        return switch (expect.contains(":") ? expect.substring(0, expect.indexOf(':')) : expect) {
            case "diary" -> {
                String title = expect.substring(expect.indexOf(':') + 1);
                if (!reply.contains("'" + title + "'")) {
                    yield "does not cite '" + title + "'";
                }
                yield reply.split("(?<=[.!?~])\\s+").length < 2 ? "a single sentence about the diary" : null;
            }
            case "trend" -> TREND.matcher(reply).find() ? null : "no mental-trend signal";
            case "no-trend" -> TREND.matcher(reply).find() || citesAnyTitle ? "friend hears the owner's analyses" : null;
            case "empathy" -> EMPATHY.matcher(reply).find() ? null : "no empathy";
            case "interests" -> interests.stream().anyMatch(reply::contains) ? null : "no interest named";
            case "traits" -> traits.stream().anyMatch(reply::contains) ? null : "no trait named";
            case "advice" -> ADVICE.matcher(reply).find() ? null : "no advice";
            case "greeting" -> reply.contains("안녕") ? null : "no greeting";
            case "private" -> citesAnyTitle || reply.contains("병원") ? "friend hears a diary" : null;
            default -> "unknown expectation " + expect;
        };
    }

    /** formal: every sentence ends politely; casual and cute: no sentence does. */
    private static String register(String reply, String tone) {
        String text = EMOJI.matcher(reply).replaceAll("").strip();
        for (String sentence : text.split("(?<=[.!?~])\\s+")) {
            String s = sentence.strip().replaceAll("[.!?~]+$", "");
            boolean polite = s.matches(".*(요|죠|니다|까)$");
            if ("formal".equals(tone) && !polite) {
                return "impolite sentence in a formal reply: " + sentence;
            }
            if (!"formal".equals(tone) && s.endsWith("요")) {
                return "formal sentence in a " + tone + " reply: " + sentence;
            }
        }
        return null;
    }
}
