package app.dearme.ai;

import app.dearme.vocabulary.DiaryText;

import java.util.List;
import java.util.Optional;

/**
 * The one port every product module uses for AI work (SPEC §9.2). Two adapters implement it: the
 * built-in Korean engine (default, no network) and the OpenAI-compatible engine, which falls back to
 * the local one whenever the upstream fails. Implementations never throw for bad model output.
 */
public interface AiEngine {

    PersonaDraft personaFromDiaries(List<DiaryText> recentNonPrivateDiaries);

    PersonaDraft personaFromQuiz(List<String> traits);

    /**
     * Produces a chat reply, handing text chunks to {@code sink} as they arrive. Blocks the calling
     * (virtual) thread until done or until {@link ChunkSink#cancelled()} turns true. Returns the full text.
     */
    String chatReply(ChatRequest request, ChunkSink sink);

    MentalResult mentalAnalysis(DiaryText diary);

    Feedback feedback(MentalScores scores, OverallStatus status);

    ReportInsights reportInsights(ReportInput input);

    List<PromptSuggestion> promptSuggestions(java.time.LocalDate today, List<DiaryText> recentDiaries);

    /** One warm Korean sentence of at most 30 characters about this week's diaries. */
    String weeklySummary(List<DiaryText> thisWeek);

    /** Vector for retrieval, when an embedding provider is configured. */
    Optional<float[]> embed(String text);

    /** Whether {@link #embed} can return a vector at all (so callers know a provider call may happen). */
    default boolean embeddingsEnabled() {
        return false;
    }

    /** Self-harm / suicide signal screen (SPEC §9.4), Korean and English. */
    SafetyResult screen(String text);
}
