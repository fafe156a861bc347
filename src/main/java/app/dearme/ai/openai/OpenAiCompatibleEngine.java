package app.dearme.ai.openai;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import app.dearme.platform.retry.Retries;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import app.dearme.ai.AiEngine;
import app.dearme.ai.AiFeature;
import app.dearme.ai.AiMeter;
import app.dearme.ai.AiProperties;
import app.dearme.ai.ChatRequest;
import app.dearme.ai.ChunkSink;
import app.dearme.vocabulary.DiaryText;
import app.dearme.ai.Feedback;
import app.dearme.ai.LocalKoreanEngine;
import app.dearme.ai.MentalResult;
import app.dearme.ai.MentalScores;
import app.dearme.ai.OverallStatus;
import app.dearme.ai.PersonaDraft;
import app.dearme.ai.PromptSuggestion;
import app.dearme.ai.ReportInput;
import app.dearme.ai.ReportInsights;
import app.dearme.ai.SafetyResult;
import app.dearme.ai.openai.OpenAiClient.Message;
import app.dearme.ai.openai.OpenAiClient.StreamResult;

/**
 * The OpenAI-compatible adapter (OpenAI, Ollama, vLLM, llama.cpp server). Always streams from the
 * upstream, also for JSON features (accumulated). JSON is validated and clamped; one re-ask on invalid
 * output, then the local engine answers. Retries happen only before the first token and only on
 * 429/5xx/timeouts/connection errors; a circuit breaker sends an outage straight to the local engine.
 * A chat stream cut off mid-way ends with what was received plus one short local closing sentence.
 */
public class OpenAiCompatibleEngine implements AiEngine {

    private static final Logger log = LoggerFactory.getLogger(OpenAiCompatibleEngine.class);
    static final String ENGINE = "openai";

    /** Output that does not match the expected shape; the message is shown to the model on re-ask. */
    static final class InvalidOutput extends RuntimeException {
        InvalidOutput(String message) {
            super(message);
        }
    }

    /** Token usage over all attempts of one feature call. */
    private static final class Usage {
        long in;
        long out;

        void add(StreamResult r, List<Message> messages) {
            if (r.usageKnown()) {
                in += r.promptTokens();
                out += r.completionTokens();
            } else {
                // no usage chunk (cancelled / cut off): about one token per two Korean characters
                in += messages.stream().mapToLong(m -> m.content().length()).sum() / 2;
                out += r.text().length() / 2;
            }
        }
    }

    private final AiProperties props;
    private final LocalKoreanEngine local;
    private final AiMeter meter;
    private final OpenAiClient client;
    private final CircuitBreaker breaker;
    private final Retry upstreamRetry;
    private final JsonMapper json = JsonMapper.builder().build();

    public OpenAiCompatibleEngine(AiProperties props, LocalKoreanEngine local, AiMeter meter) {
        this(props, local, meter, new OpenAiClient(props), defaultBreaker());
    }

    public OpenAiCompatibleEngine(AiProperties props, LocalKoreanEngine local, AiMeter meter, OpenAiClient client,
                                  CircuitBreaker breaker) {
        this.props = props;
        this.local = local;
        this.meter = meter;
        this.client = client;
        this.breaker = breaker;
        this.upstreamRetry = Retries.of("dearme-ai-upstream", props.maxRetries(), props.retryBackoff(),
                Duration.ofSeconds(10), e -> e instanceof UpstreamException u && u.retryable(),
                e -> e instanceof UpstreamException u ? u.retryAfterMillis() : 0);
        upstreamRetry.getEventPublisher().onRetry(e -> log.info("upstream {} (attempt {}), retrying in {} ms",
                e.getLastThrowable() == null ? "?" : e.getLastThrowable().getMessage(), e.getNumberOfRetryAttempts(),
                e.getWaitInterval().toMillis()));
    }

    public static CircuitBreaker defaultBreaker() {
        return CircuitBreaker.of("dearme-ai-openai", CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(10).minimumNumberOfCalls(4).failureRateThreshold(50)
                .waitDurationInOpenState(Duration.ofSeconds(30)).permittedNumberOfCallsInHalfOpenState(1)
                .build());
    }

    /** For the health endpoint: CLOSED, OPEN, HALF_OPEN. */
    public CircuitBreaker circuitBreaker() {
        return breaker;
    }

    // ------------------------------------------------------------------ features

    @Override
    public PersonaDraft personaFromDiaries(List<DiaryText> diaries) {
        List<DiaryText> recent = diaries == null ? List.of() : diaries.stream().limit(30).toList();
        String prompt = Prompts.fill("persona_diaries", Map.of("diaries", formatDiaries(recent, 500, 12_000)));
        return jsonFeature(AiFeature.persona_diaries, prompt, node -> {
            PersonaDraft p = Validation.persona(node, () -> local.personaFromDiaries(recent));
            Validation.requireNoCopy(p, recent);
            return p;
        }, () -> local.personaFromDiaries(recent));
    }

    @Override
    public PersonaDraft personaFromQuiz(List<String> traits) {
        List<String> t = traits == null ? List.of() : traits.stream().distinct().limit(10).toList();
        String prompt = Prompts.fill("persona_quiz", Map.of("traits", String.join(", ", t)));
        return jsonFeature(AiFeature.persona_quiz, prompt, node -> Validation.persona(node, () -> local.personaFromQuiz(t)),
                () -> local.personaFromQuiz(t));
    }

    @Override
    public MentalResult mentalAnalysis(DiaryText diary) {
        String prompt = Prompts.fill("mental", Map.of("mood", diary.mood() == null ? "없음" : diary.mood().wire(),
                "title", nz(diary.title()), "content", clip(nz(diary.content()), 6000)));
        SafetyResult safety = local.screen(nz(diary.title()) + "\n" + nz(diary.content()));
        return jsonFeature(AiFeature.mental, prompt, node -> new MentalResult(Validation.scores(node),
                Validation.text(node, "summary", 400), safety), () -> local.mentalAnalysis(diary));
    }

    @Override
    public Feedback feedback(MentalScores scores, OverallStatus status) {
        OverallStatus st = status == null ? OverallStatus.of(scores) : status;
        String prompt = Prompts.fill("feedback", Map.of("scores", formatScores(scores), "status", st.name()));
        return jsonFeature(AiFeature.feedback, prompt, node -> Validation.feedback(node, st, () -> local.feedback(scores, st)),
                () -> local.feedback(scores, st));
    }

    @Override
    public ReportInsights reportInsights(ReportInput in) {
        StringBuilder daily = new StringBuilder();
        if (in.dailyScores() != null) {
            for (ReportInput.DailyScore d : in.dailyScores()) {
                daily.append(d.date()).append(' ').append(formatScores(d.scores())).append("; ");
            }
        }
        Map<String, String> v = new LinkedHashMap<>();
        v.put("period", "weekly".equals(in.reportType()) ? "주간" : "월간");
        v.put("start", String.valueOf(in.periodStart()));
        v.put("end", String.valueOf(in.periodEnd()));
        v.put("averages", in.averages() == null ? "없음" : formatScores(in.averages()));
        v.put("trend", in.trend() == null || in.trend().isEmpty() ? "비교할 이전 기간 없음" : in.trend().toString());
        v.put("daily", daily.isEmpty() ? "없음" : clip(daily.toString(), 3000));
        v.put("topics", in.topics() == null || in.topics().isEmpty() ? "없음" : String.join(", ", in.topics()));
        return jsonFeature(AiFeature.report, Prompts.fill("report", v), Validation::report, () -> local.reportInsights(in));
    }

    @Override
    public List<PromptSuggestion> promptSuggestions(LocalDate today, List<DiaryText> recent) {
        List<DiaryText> r = recent == null ? List.of() : recent.stream().limit(6).toList();
        String prompt = Prompts.fill("prompts", Map.of("today", String.valueOf(today), "diaries",
                r.isEmpty() ? "(아직 없음)" : formatDiaries(r, 300, 3000)));
        return jsonFeature(AiFeature.prompts, prompt, node -> Validation.prompts(node, () -> local.promptSuggestions(today, r)),
                () -> local.promptSuggestions(today, r));
    }

    @Override
    public String weeklySummary(List<DiaryText> week) {
        List<DiaryText> w = week == null ? List.of() : week;
        if (w.isEmpty()) {
            return local.weeklySummary(w);
        }
        String prompt = Prompts.fill("weekly_summary", Map.of("diaries", formatDiaries(w, 300, 4000)));
        return feature(AiFeature.weekly_summary, prompt, false, Validation::weeklySentence, () -> local.weeklySummary(w));
    }

    @Override
    public boolean embeddingsEnabled() {
        return props.embeddingsEnabled();
    }

    @Override
    public Optional<float[]> embed(String text) {
        if (!props.embeddingsEnabled() || text == null || text.isBlank()) {
            return Optional.empty();
        }
        long start = System.nanoTime();
        if (!breaker.tryAcquirePermission()) {
            meter.record(AiFeature.embed, ENGINE, props.embeddingModel(), since(start), 0, 0, AiMeter.Outcome.error);
            return Optional.empty();
        }
        try {
            OpenAiClient.Embedding e = withRetry(() -> client.embed(clip(text, 8000)));
            breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            meter.record(AiFeature.embed, ENGINE, props.embeddingModel(), since(start), e.promptTokens(), 0,
                    AiMeter.Outcome.ok);
            return Optional.of(e.vector());
        } catch (UpstreamException e) {
            breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, e);
            log.warn("embedding failed: {}", e.getMessage());
            meter.record(AiFeature.embed, ENGINE, props.embeddingModel(), since(start), 0, 0, AiMeter.Outcome.error);
            return Optional.empty();
        }
    }

    @Override
    public SafetyResult screen(String text) {
        return local.screen(text);
    }

    @Override
    public String chatReply(ChatRequest req, ChunkSink sink) {
        long start = System.nanoTime();
        if (local.screen(req.userMessage()).flagged()) {
            // deterministic, never role-plays, always carries the crisis lines (SPEC §9.4)
            String reply = local.chatReply(req, sink);
            meter.record(AiFeature.chat, "local", LocalKoreanEngine.MODEL, since(start), 0, 0, AiMeter.Outcome.ok);
            return reply;
        }
        if (!breaker.tryAcquirePermission()) {
            String reply = local.chatReply(req, sink);
            meter.record(AiFeature.chat, ENGINE, props.model(), since(start), 0, 0, AiMeter.Outcome.fallback);
            return reply;
        }
        List<Message> messages = ChatPrompt.messages(req);
        Usage usage = new Usage();
        StringBuilder sent = new StringBuilder();
        Consumer<String> onDelta = d -> {
            if (!sink.cancelled()) {
                sink.chunk(d);
                sent.append(d);
            }
        };
        StreamResult r;
        try {
            r = withRetry(() -> client.streamChat(messages, false, onDelta, sink::cancelled));
            usage.add(r, messages);
            breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        } catch (UpstreamException e) {
            breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, e);
            log.warn("chat upstream failed before the first token, answering locally: {}", e.getMessage());
            String reply = local.chatReply(req, sink);
            meter.record(AiFeature.chat, ENGINE, props.model(), since(start), 0, 0, AiMeter.Outcome.fallback);
            return reply;
        }
        if (r.cancelled()) {
            meter.record(AiFeature.chat, ENGINE, props.model(), since(start), usage.in, usage.out, AiMeter.Outcome.ok);
            return sent.toString();
        }
        if (r.truncated()) {
            String ending = ChatPrompt.disconnectEnding(req);
            if (!sink.cancelled()) {
                sink.chunk(ending);
                sent.append(ending);
            }
            meter.record(AiFeature.chat, ENGINE, props.model(), since(start), usage.in, usage.out,
                    AiMeter.Outcome.fallback);
            return sent.toString();
        }
        if (sent.isEmpty()) {
            String reply = local.chatReply(req, sink);
            meter.record(AiFeature.chat, ENGINE, props.model(), since(start), usage.in, usage.out,
                    AiMeter.Outcome.fallback);
            return reply;
        }
        meter.record(AiFeature.chat, ENGINE, props.model(), since(start), usage.in, usage.out, AiMeter.Outcome.ok);
        return sent.toString();
    }

    // ------------------------------------------------------------------ machinery

    private <T> T jsonFeature(AiFeature feature, String prompt, Function<JsonNode, T> validate, Supplier<T> fallback) {
        return feature(feature, prompt, true, text -> validate.apply(parseJson(text)), fallback);
    }

    /** One call, one re-ask on invalid output, then the local engine. Never throws. */
    private <T> T feature(AiFeature feature, String prompt, boolean jsonMode, Function<String, T> validate,
                          Supplier<T> fallback) {
        long start = System.nanoTime();
        if (!breaker.tryAcquirePermission()) {
            meter.record(feature, ENGINE, props.model(), since(start), 0, 0, AiMeter.Outcome.fallback);
            return fallback.get();
        }
        Usage usage = new Usage();
        List<Message> messages = new ArrayList<>();
        messages.add(new Message("system", Prompts.get("common_system") + (jsonMode ? "\n" + Prompts.get("json_rule") : "")));
        messages.add(new Message("user", prompt));
        try {
            for (int attempt = 0; attempt < 2; attempt++) {
                StreamResult r = withRetry(() -> client.streamChat(messages, jsonMode, d -> { }, () -> false));
                usage.add(r, messages);
                if (r.truncated()) {
                    throw new UpstreamException("stream cut off", 200, false, 0, null);
                }
                try {
                    T value = validate.apply(r.text());
                    breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
                    meter.record(feature, ENGINE, props.model(), since(start), usage.in, usage.out, AiMeter.Outcome.ok);
                    return value;
                } catch (InvalidOutput | tools.jackson.core.JacksonException invalid) {
                    log.info("{}: invalid model output ({}), attempt {}", feature, invalid.getMessage(), attempt + 1);
                    messages.add(new Message("assistant", clip(r.text(), 4000)));
                    messages.add(new Message("user", Prompts.fill("reask", Map.of("problem", clip(invalid.getMessage(), 200)))));
                }
            }
            // the upstream answered, only the content was unusable: not a breaker failure
            breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        } catch (UpstreamException e) {
            breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, e);
            log.warn("{}: upstream failed, answering locally: {}", feature, e.getMessage());
        }
        meter.record(feature, ENGINE, props.model(), since(start), usage.in, usage.out, AiMeter.Outcome.fallback);
        return fallback.get();
    }

    /** Upstream calls retry only on 429/5xx/timeouts, honouring Retry-After up to 10 s (platform's one retry rule). */
    private <T> T withRetry(Supplier<T> call) {
        return Retries.call(upstreamRetry, call);
    }

    private JsonNode parseJson(String text) {
        String t = text.strip();
        if (t.startsWith("```")) {
            t = t.replaceAll("^```[a-zA-Z]*\\s*", "").replaceAll("\\s*```$", "");
        }
        int open = t.indexOf('{');
        int close = t.lastIndexOf('}');
        if (open < 0 || close < open) {
            throw new InvalidOutput("JSON 객체가 없음");
        }
        JsonNode node = json.readTree(t.substring(open, close + 1));
        if (!node.isObject()) {
            throw new InvalidOutput("JSON 객체가 아님");
        }
        return node;
    }

    static String formatDiaries(List<DiaryText> diaries, int perDiary, int budget) {
        StringBuilder sb = new StringBuilder();
        for (DiaryText d : diaries) {
            String entry = "- " + d.date() + (d.mood() == null ? "" : " (기분: " + d.mood().wire() + ")") + " 제목: "
                    + nz(d.title()) + "\n  " + clip(nz(d.content()).replaceAll("\\s+", " "), perDiary) + "\n";
            if (sb.length() + entry.length() > budget) {
                break;
            }
            sb.append(entry);
        }
        return sb.toString();
    }

    static String formatScores(MentalScores s) {
        return "정서 안정성 " + s.emotionalStability() + ", 활력 " + s.vitality() + ", 자존감 " + s.selfEsteem()
                + ", 긍정성 " + s.positivity() + ", 사회적 연결 " + s.socialConnection() + ", 회복탄력성 " + s.resilience();
    }

    static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
