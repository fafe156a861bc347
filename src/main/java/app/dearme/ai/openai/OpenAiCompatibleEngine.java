package app.dearme.ai.openai;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import app.dearme.ai.*;

/** Placeholder: delegates to the local engine until the HTTP client lands. */
public class OpenAiCompatibleEngine implements AiEngine {
    private final LocalKoreanEngine local;

    public OpenAiCompatibleEngine(AiProperties properties, LocalKoreanEngine local, AiMeter meter) {
        this.local = local;
    }

    public PersonaDraft personaFromDiaries(List<DiaryText> d) { return local.personaFromDiaries(d); }
    public PersonaDraft personaFromQuiz(List<String> t) { return local.personaFromQuiz(t); }
    public String chatReply(ChatRequest r, ChunkSink s) { return local.chatReply(r, s); }
    public MentalResult mentalAnalysis(DiaryText d) { return local.mentalAnalysis(d); }
    public Feedback feedback(MentalScores s, OverallStatus st) { return local.feedback(s, st); }
    public ReportInsights reportInsights(ReportInput i) { return local.reportInsights(i); }
    public List<PromptSuggestion> promptSuggestions(LocalDate t, List<DiaryText> r) { return local.promptSuggestions(t, r); }
    public String weeklySummary(List<DiaryText> w) { return local.weeklySummary(w); }
    public Optional<float[]> embed(String text) { return Optional.empty(); }
    public SafetyResult screen(String text) { return local.screen(text); }
}
