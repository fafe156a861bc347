package app.dearme.ai;

import app.dearme.vocabulary.DiaryText;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The local engine with metering. Local calls record 0 tokens and 0 cost: there is no model, and
 * char-based "tokens" would pollute the real token totals of the openai engine.
 */
final class MeteredLocalEngine implements AiEngine {

    private final LocalKoreanEngine local;
    private final AiMeter meter;

    private final java.time.Duration pace;

    MeteredLocalEngine(LocalKoreanEngine local, AiMeter meter, java.time.Duration pace) {
        this.local = local;
        this.meter = meter;
        this.pace = pace;
    }

    /** Spaces chunks by {@link #pace} (after the first), still stopping at once when cancelled. */
    private ChunkSink paced(ChunkSink sink) {
        if (pace.isZero() || pace.isNegative()) {
            return sink;
        }
        return new ChunkSink() {
            private boolean first = true;

            @Override
            public void chunk(String text) {
                if (!first) {
                    try {
                        Thread.sleep(pace);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                first = false;
                sink.chunk(text);
            }

            @Override
            public boolean cancelled() {
                return sink.cancelled() || Thread.currentThread().isInterrupted();
            }
        };
    }

    private <T> T metered(AiFeature feature, Supplier<T> call) {
        long start = System.nanoTime();
        AiMeter.Outcome outcome = AiMeter.Outcome.error;
        try {
            T result = call.get();
            outcome = AiMeter.Outcome.ok;
            return result;
        } finally {
            meter.record(feature, "local", LocalKoreanEngine.MODEL, Duration.ofNanos(System.nanoTime() - start), 0, 0,
                    outcome);
        }
    }

    @Override
    public PersonaDraft personaFromDiaries(List<DiaryText> diaries) {
        return metered(AiFeature.persona_diaries, () -> local.personaFromDiaries(diaries));
    }

    @Override
    public PersonaDraft personaFromQuiz(List<String> traits) {
        return metered(AiFeature.persona_quiz, () -> local.personaFromQuiz(traits));
    }

    @Override
    public String chatReply(ChatRequest request, ChunkSink sink) {
        return metered(AiFeature.chat, () -> local.chatReply(request, paced(sink)));
    }

    @Override
    public MentalResult mentalAnalysis(DiaryText diary) {
        return metered(AiFeature.mental, () -> local.mentalAnalysis(diary));
    }

    @Override
    public Feedback feedback(MentalScores scores, OverallStatus status) {
        return metered(AiFeature.feedback, () -> local.feedback(scores, status));
    }

    @Override
    public ReportInsights reportInsights(ReportInput input) {
        return metered(AiFeature.report, () -> local.reportInsights(input));
    }

    @Override
    public List<PromptSuggestion> promptSuggestions(LocalDate today, List<DiaryText> recentDiaries) {
        return metered(AiFeature.prompts, () -> local.promptSuggestions(today, recentDiaries));
    }

    @Override
    public String weeklySummary(List<DiaryText> thisWeek) {
        return metered(AiFeature.weekly_summary, () -> local.weeklySummary(thisWeek));
    }

    @Override
    public Optional<float[]> embed(String text) {
        return Optional.empty();
    }

    @Override
    public SafetyResult screen(String text) {
        return local.screen(text);
    }
}
