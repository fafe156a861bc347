package app.dearme.ai.openai;

import app.dearme.vocabulary.PersonaLevel;

import app.dearme.vocabulary.Mood;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.dearme.support.CountingServerSocketFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import app.dearme.ai.AiMeter;
import app.dearme.ai.AiProperties;
import app.dearme.ai.AiUsageRollup;
import app.dearme.ai.AiUsageTotals;
import app.dearme.ai.ChatRequest;
import app.dearme.ai.ChunkSink;
import app.dearme.vocabulary.DiaryText;
import app.dearme.platform.text.KoreanAnalyzer;
import app.dearme.ai.LocalKoreanEngine;
import app.dearme.ai.MentalResult;
import app.dearme.ai.PromptSuggestion;

/** The OpenAI-compatible engine against a real HTTP peer speaking Chat Completions SSE. */
class OpenAiCompatibleEngineTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final LocalKoreanEngine LOCAL = new LocalKoreanEngine(new KoreanAnalyzer());
    private static final DiaryText DIARY = new DiaryText(1, LocalDate.of(2025, 3, 3), "발표 전날",
            "내일 발표가 있어서 너무 불안하다. 걱정이 계속 된다.", Mood.ANXIOUS, null);
    private static final ChatRequest CHAT = new ChatRequest(
            new ChatRequest.PersonaProfile("잔잔한 러너", "성격", List.of("활동적인"), List.of("러닝"), "반말", PersonaLevel.COMPLETE),
            ChatRequest.Customization.NONE, List.of(), List.of(), "오늘 러닝했어", false, 0, java.time.LocalDate.of(2026, 11, 27));

    private MockWebServer server;
    private CountingServerSocketFactory sockets;
    private SimpleMeterRegistry registry;
    private AiUsageRollup rollup;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        sockets = new CountingServerSocketFactory();
        server.setServerSocketFactory(sockets);
        server.start();
        registry = new SimpleMeterRegistry();
        rollup = new AiUsageRollup(null, ZoneId.of("Asia/Seoul"), Clock.systemUTC());
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    private OpenAiCompatibleEngine engine(int maxRetries, Duration firstToken) {
        AiProperties props = new AiProperties("openai", server.url("/").toString(), "sk-test-secret", "gpt-4o-mini",
                "text-embedding-3-small", Duration.ofSeconds(2), Duration.ofSeconds(10), firstToken,
                Duration.ofSeconds(2), maxRetries, Duration.ofMillis(20), 0.6f, null, "Asia/Seoul", Duration.ZERO);
        return new OpenAiCompatibleEngine(props, LOCAL, new AiMeter(registry, rollup, props), new OpenAiClient(props),
                OpenAiCompatibleEngine.defaultBreaker());
    }

    private OpenAiCompatibleEngine engine() {
        return engine(2, Duration.ofSeconds(3));
    }

    static String frame(String delta) {
        var node = JSON.createObjectNode();
        node.putArray("choices").addObject().putObject("delta").put("content", delta);
        return "data: " + node + "\n\n";
    }

    static String sse(int promptTokens, int completionTokens, String... deltas) {
        StringBuilder sb = new StringBuilder(": keep-alive\n\n");
        for (String d : deltas) {
            sb.append(frame(d));
        }
        sb.append("data: {\"choices\":[],\"usage\":{\"prompt_tokens\":").append(promptTokens)
                .append(",\"completion_tokens\":").append(completionTokens).append("}}\n\n");
        sb.append("data: [DONE]\n\n");
        return sb.toString();
    }

    static MockResponse stream(String body) {
        return new MockResponse().setHeader("Content-Type", "text/event-stream").setChunkedBody(body, 32);
    }

    static String mentalJson(int es) {
        return "{\"emotional_stability\": " + es + ", \"vitality\": 48, \"self_esteem\": 45, \"positivity\": 40,"
                + " \"social_connection\": 50, \"resilience\": 44, \"summary\": \"발표를 앞두고 불안한 마음이 컸어요. 그래도 준비한 만큼 잘 해낼 거예요.\"}";
    }

    /** Splits a JSON answer into small deltas, as a model would stream it. */
    static String[] pieces(String s) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < s.length(); i += 7) {
            out.add(s.substring(i, Math.min(s.length(), i + 7)));
        }
        return out.toArray(String[]::new);
    }

    private double counter(String name, String... tags) {
        var c = registry.find(name).tags(tags).counter();
        return c == null ? 0 : c.count();
    }

    @Test
    void streamsChatChunksInOrderAndMetersTokensFromUsage() throws Exception {
        server.enqueue(stream(sse(42, 9, "오", "늘 러닝", "했구나!", " 몇 킬로", " 뛰었어?")));
        List<String> chunks = new ArrayList<>();
        String reply = engine().chatReply(CHAT, chunks::add);

        assertThat(chunks).containsExactly("오", "늘 러닝", "했구나!", " 몇 킬로", " 뛰었어?");
        assertThat(reply).isEqualTo("오늘 러닝했구나! 몇 킬로 뛰었어?");
        RecordedRequest req = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(req.getPath()).isEqualTo("/v1/chat/completions");
        assertThat(req.getHeader("Authorization")).isEqualTo("Bearer sk-test-secret");
        JsonNode body = JSON.readTree(req.getBody().readUtf8());
        assertThat(body.path("stream").asBoolean()).isTrue();
        assertThat(body.path("stream_options").path("include_usage").asBoolean()).isTrue();
        assertThat(body.path("model").asString()).isEqualTo("gpt-4o-mini");
        JsonNode messages = body.path("messages");
        assertThat(messages.get(0).path("role").asString()).isEqualTo("system");
        assertThat(messages.get(0).path("content").asString()).contains("잔잔한 러너").contains("반말")
                .contains("오늘은 2026-11-27이야"); // the model can relate "오늘" to the diaries' dates
        assertThat(messages.get(messages.size() - 1).path("content").asString()).isEqualTo("오늘 러닝했어");

        assertThat(counter("dearme.ai.tokens", "direction", "in", "feature", "chat", "engine", "openai")).isEqualTo(42);
        assertThat(counter("dearme.ai.tokens", "direction", "out", "feature", "chat")).isEqualTo(9);
        assertThat(counter("dearme.ai.requests", "feature", "chat", "outcome", "ok", "model", "gpt-4o-mini")).isEqualTo(1);
        assertThat(registry.find("dearme.ai.latency").tags("feature", "chat").timer().count()).isEqualTo(1);
        assertThat(counter("dearme.ai.cost.usd", "feature", "chat")).isCloseTo(42 * 0.15e-6 + 9 * 0.60e-6,
                org.assertj.core.data.Offset.offset(1e-12));
        AiUsageTotals totals = rollup.totals();
        assertThat(totals.today().calls()).isEqualTo(1);
        assertThat(totals.today().tokens()).isEqualTo(51);
        assertThat(totals.monthToDate().calls()).isEqualTo(1);
    }

    @Test
    void jsonFeaturesAreStreamedAccumulatedAndClamped() {
        server.enqueue(stream(sse(100, 60, pieces(mentalJson(130)))));
        MentalResult r = engine().mentalAnalysis(DIARY);
        assertThat(r.scores().emotionalStability()).isEqualTo(100);
        assertThat(r.scores().vitality()).isEqualTo(48);
        assertThat(r.summary()).startsWith("발표를 앞두고");
        assertThat(counter("dearme.ai.requests", "feature", "mental", "outcome", "ok")).isEqualTo(1);
    }

    @Test
    void invalidJsonIsReAskedOnceAndTheSecondAnswerIsUsed() throws Exception {
        server.enqueue(stream(sse(100, 20, "음, 제 생각에는 ", "불안해 보여요.")));
        server.enqueue(stream(sse(150, 60, pieces(mentalJson(22)))));
        MentalResult r = engine().mentalAnalysis(DIARY);

        assertThat(r.scores().emotionalStability()).isEqualTo(22);
        assertThat(server.getRequestCount()).isEqualTo(2);
        server.takeRequest();
        JsonNode second = JSON.readTree(server.takeRequest().getBody().readUtf8());
        JsonNode messages = second.path("messages");
        assertThat(messages.get(messages.size() - 2).path("role").asString()).isEqualTo("assistant");
        assertThat(messages.get(messages.size() - 1).path("content").asString()).contains("형식");
        assertThat(counter("dearme.ai.tokens", "direction", "in", "feature", "mental")).isEqualTo(250);
    }

    @Test
    void invalidTwiceFallsBackToTheLocalEngine() {
        server.enqueue(stream(sse(10, 5, "not json")));
        server.enqueue(stream(sse(10, 5, "{\"emotional_stability\": \"high\"}")));
        MentalResult r = engine().mentalAnalysis(DIARY);
        assertThat(r).isEqualTo(LOCAL.mentalAnalysis(DIARY));
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(counter("dearme.ai.requests", "feature", "mental", "outcome", "fallback")).isEqualTo(1);
    }

    @Test
    void rateLimitIsRetriedAndThenSucceeds() {
        server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "0").setBody("{\"error\":{}}"));
        server.enqueue(stream(sse(5, 3, "안녕", "!")));
        String reply = engine().chatReply(CHAT, ChunkSink.IGNORE);
        assertThat(reply).isEqualTo("안녕!");
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(counter("dearme.ai.requests", "feature", "chat", "outcome", "ok")).isEqualTo(1);
    }

    @Test
    void clientErrorsAreNotRetried() {
        server.enqueue(new MockResponse().setResponseCode(401).setBody("{\"error\":{\"message\":\"bad key\"}}"));
        List<PromptSuggestion> p = engine().promptSuggestions(LocalDate.of(2025, 3, 3), List.of(DIARY));
        assertThat(p).hasSize(3).isEqualTo(LOCAL.promptSuggestions(LocalDate.of(2025, 3, 3), List.of(DIARY)));
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void persistentServerErrorsFallBackAfterTheRetries() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse().setResponseCode(500).setBody("oops"));
        }
        List<String> chunks = new ArrayList<>();
        String reply = engine().chatReply(CHAT, chunks::add);
        assertThat(reply).isEqualTo(LOCAL.chatReply(CHAT, ChunkSink.IGNORE));
        assertThat(chunks).hasSizeGreaterThanOrEqualTo(2);
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(counter("dearme.ai.requests", "feature", "chat", "engine", "openai", "outcome", "fallback")).isEqualTo(1);
    }

    @Test
    void slowFirstByteTimesOutAndFallsBack() {
        server.enqueue(stream(sse(5, 3, "늦었", "지?")).setHeadersDelay(3, TimeUnit.SECONDS));
        long t0 = System.nanoTime();
        String reply = engine(0, Duration.ofMillis(400)).chatReply(CHAT, ChunkSink.IGNORE);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(reply).isEqualTo(LOCAL.chatReply(CHAT, ChunkSink.IGNORE));
        assertThat(ms).isLessThan(2500);
    }

    @Test
    void midStreamDisconnectKeepsWhatArrivedAndEndsWithALocalClosing() {
        StringBuilder body = new StringBuilder(frame("오늘 러닝 ")).append(frame("정말 멋지다"));
        for (int i = 0; i < 40; i++) {
            body.append(frame(" 그리고 계속 이어지는 긴 답변"));
        }
        server.enqueue(new MockResponse().setHeader("Content-Type", "text/event-stream")
                .setChunkedBody(body.toString(), 64).setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
        List<String> chunks = new ArrayList<>();
        String reply = engine().chatReply(CHAT, chunks::add);
        assertThat(reply).startsWith("오늘 러닝 정말 멋지다").endsWith("다시 한번 말해 줄래?");
        assertThat(String.join("", chunks)).isEqualTo(reply);
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(counter("dearme.ai.requests", "feature", "chat", "outcome", "fallback")).isEqualTo(1);
    }

    @Test
    void cancellingTheSinkCancelsTheUpstreamRequest() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            body.append(frame("조각" + i + " "));
        }
        int total = body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        server.enqueue(new MockResponse().setHeader("Content-Type", "text/event-stream").setBody(body.toString())
                .throttleBody(256, 50, TimeUnit.MILLISECONDS));
        List<String> chunks = new ArrayList<>();
        ChunkSink sink = new ChunkSink() {
            @Override
            public void chunk(String text) {
                chunks.add(text);
            }

            @Override
            public boolean cancelled() {
                return chunks.size() >= 3;
            }
        };
        String reply = engine().chatReply(CHAT, sink);
        assertThat(chunks).hasSize(3);
        assertThat(reply).isEqualTo("조각0 조각1 조각2 ");
        await().atMost(5, TimeUnit.SECONDS).untilTrue(sockets.writeFailed);
        assertThat(sockets.written.get()).isLessThan(total);
    }

    @Test
    void anOutageOpensTheCircuitAndLaterCallsGoStraightToLocal() {
        OpenAiCompatibleEngine engine = engine(0, Duration.ofSeconds(2));
        for (int i = 0; i < 4; i++) {
            server.enqueue(new MockResponse().setResponseCode(503));
        }
        for (int i = 0; i < 4; i++) {
            engine.weeklySummary(List.of(DIARY));
        }
        assertThat(engine.circuitBreaker().getState().name()).isEqualTo("OPEN");
        String s = engine.weeklySummary(List.of(DIARY));
        assertThat(s).isEqualTo(LOCAL.weeklySummary(List.of(DIARY)));
        assertThat(server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void weeklySummaryLongerThanThirtyCharactersIsReAsked() {
        server.enqueue(stream(sse(10, 30, "이번 주는 불안한 날이 많았지만 그래도 끝까지 잘 버텨 낸 정말 멋진 한 주였어요.")));
        server.enqueue(stream(sse(10, 10, "\"불안 속에서도 잘 버틴 한 주\"")));
        assertThat(engine().weeklySummary(List.of(DIARY))).isEqualTo("불안 속에서도 잘 버틴 한 주");
    }

    @Test
    void embeddingsAreParsed() throws Exception {
        server.enqueue(new MockResponse().setHeader("Content-Type", "application/json")
                .setBody("{\"object\":\"list\",\"data\":[{\"object\":\"embedding\",\"index\":0,\"embedding\":[0.25,-0.5,1.0]}],"
                        + "\"model\":\"text-embedding-3-small\",\"usage\":{\"prompt_tokens\":7,\"total_tokens\":7}}"));
        float[] v = engine().embed("카페에서 커피").orElseThrow();
        assertThat(v).containsExactly(0.25f, -0.5f, 1.0f);
        RecordedRequest req = server.takeRequest();
        assertThat(req.getPath()).isEqualTo("/v1/embeddings");
        assertThat(JSON.readTree(req.getBody().readUtf8()).path("model").asString()).isEqualTo("text-embedding-3-small");
        assertThat(counter("dearme.ai.tokens", "feature", "embed", "direction", "in")).isEqualTo(7);
    }

    @Test
    void selfHarmMessagesAreAnsweredLocallyWithCrisisLines() {
        ChatRequest req = new ChatRequest(CHAT.persona(), CHAT.customization(), List.of(), List.of(), "그냥 죽고 싶어", false, 0);
        String reply = engine().chatReply(req, ChunkSink.IGNORE);
        assertThat(reply).contains("109").contains("1577-0199").contains("119");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void theApiKeyIsNeverPrinted() {
        AiProperties props = new AiProperties("openai", "http://x", "sk-very-secret", "m", "", null, null, null, null, 0,
                null, 0.5f, null, "Asia/Seoul", null);
        assertThat(props.toString()).doesNotContain("sk-very-secret").contains("<set>");
    }
}
