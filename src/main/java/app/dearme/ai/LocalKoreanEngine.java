package app.dearme.ai;

import app.dearme.vocabulary.DiaryText;
import app.dearme.platform.text.KoreanAnalyzer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import app.dearme.ai.local.CareWriter;
import app.dearme.ai.local.ChatResponder;
import app.dearme.ai.local.EmotionScorer;
import app.dearme.ai.local.Lexicon;
import app.dearme.ai.local.PersonaBuilder;
import app.dearme.ai.local.PromptWriter;
import app.dearme.ai.local.SafetyScreen;
import app.dearme.ai.local.StyleProfiler;
import app.dearme.ai.local.TopicExtractor;

/**
 * The built-in engine (SPEC §9.1 "local"): Nori morphology, lexicons under {@code classpath:lexicon/}
 * and templates. No network, no randomness: the same input always gives the same output. This bean
 * is not metered itself; the primary {@link AiEngine} bean wraps it.
 */
public class LocalKoreanEngine implements AiEngine {

    public static final String MODEL = "local-ko-v1";

    private final KoreanAnalyzer analyzer;
    private final EmotionScorer scorer;
    private final PersonaBuilder personas;
    private final ChatResponder chat;
    private final CareWriter care;
    private final PromptWriter prompts;
    private final SafetyScreen safety;

    public LocalKoreanEngine(KoreanAnalyzer analyzer) {
        this.analyzer = analyzer;
        Lexicon lexicon = new Lexicon(analyzer);
        this.scorer = new EmotionScorer(analyzer, lexicon);
        TopicExtractor topics = new TopicExtractor(analyzer, lexicon);
        this.personas = new PersonaBuilder(topics, scorer, new StyleProfiler(), lexicon);
        this.chat = new ChatResponder(scorer, topics);
        this.care = new CareWriter();
        this.prompts = new PromptWriter(topics);
        this.safety = new SafetyScreen();
    }

    public KoreanAnalyzer analyzer() {
        return analyzer;
    }

    @Override
    public PersonaDraft personaFromDiaries(List<DiaryText> recentNonPrivateDiaries) {
        return personas.fromDiaries(recentNonPrivateDiaries == null ? List.of() : recentNonPrivateDiaries);
    }

    @Override
    public PersonaDraft personaFromQuiz(List<String> traits) {
        return personas.fromQuiz(traits == null ? List.of() : traits);
    }

    @Override
    public String chatReply(ChatRequest request, ChunkSink sink) {
        String reply = composeReply(request);
        return stream(reply, sink);
    }

    /** The full local reply without streaming (used by the OpenAI engine's fallback completion). */
    public String composeReply(ChatRequest request) {
        return chat.reply(request, safety.screen(request.userMessage()));
    }

    /** Streams text in small word groups; stops as soon as the sink is cancelled. Returns what was sent. */
    public static String stream(String text, ChunkSink sink) {
        StringBuilder sent = new StringBuilder();
        for (String chunk : chunks(text)) {
            if (sink.cancelled()) {
                break;
            }
            sink.chunk(chunk);
            sent.append(chunk);
        }
        return sent.toString();
    }

    static List<String> chunks(String text) {
        List<String> out = new ArrayList<>();
        String[] words = text.split("(?<= )");
        StringBuilder cur = new StringBuilder();
        for (String w : words) {
            cur.append(w);
            if (cur.length() >= 6) {
                out.add(cur.toString());
                cur.setLength(0);
            }
        }
        if (!cur.isEmpty()) {
            out.add(cur.toString());
        }
        return out;
    }

    @Override
    public MentalResult mentalAnalysis(DiaryText diary) {
        String text = (diary.title() == null ? "" : diary.title() + "\n") + (diary.content() == null ? "" : diary.content());
        EmotionScorer.Analysis a = scorer.analyse(text, diary.mood());
        MentalScores scores = a.mentalScores();
        return new MentalResult(scores, care.analysisSummary(scores, a.hits(), a.contentTokens()), safety.screen(text));
    }

    @Override
    public Feedback feedback(MentalScores scores, OverallStatus status) {
        return care.feedback(scores, status == null ? OverallStatus.of(scores) : status);
    }

    @Override
    public ReportInsights reportInsights(ReportInput input) {
        return care.report(input);
    }

    @Override
    public List<PromptSuggestion> promptSuggestions(LocalDate today, List<DiaryText> recentDiaries) {
        return prompts.prompts(today, recentDiaries);
    }

    @Override
    public String weeklySummary(List<DiaryText> thisWeek) {
        return prompts.weeklySummary(thisWeek);
    }

    @Override
    public Optional<float[]> embed(String text) {
        return Optional.empty();
    }

    @Override
    public SafetyResult screen(String text) {
        return safety.screen(text);
    }
}
