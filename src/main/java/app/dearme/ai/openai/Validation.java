package app.dearme.ai.openai;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;

import app.dearme.ai.CrisisResource;
import app.dearme.vocabulary.DiaryText;
import app.dearme.ai.Feedback;
import app.dearme.ai.MentalScores;
import app.dearme.ai.OverallStatus;
import app.dearme.ai.PersonaDraft;
import app.dearme.ai.PromptSuggestion;
import app.dearme.ai.ReportInsights;
import app.dearme.ai.openai.OpenAiCompatibleEngine.InvalidOutput;

/** Shape checks and clamping for model JSON. Throws {@link InvalidOutput} with a Korean reason. */
final class Validation {

    private Validation() {
    }

    static String text(JsonNode node, String field, int max) {
        JsonNode v = node.path(field);
        if (!v.isString() || v.stringValue().isBlank()) {
            throw new InvalidOutput("'" + field + "' 문자열이 필요함");
        }
        String s = v.stringValue().strip();
        return s.length() > max ? s.substring(0, max) : s;
    }

    static List<String> strings(JsonNode node, String field, int min, int max, int maxLength) {
        JsonNode arr = node.path(field);
        if (!arr.isArray()) {
            throw new InvalidOutput("'" + field + "' 배열이 필요함");
        }
        Set<String> out = new LinkedHashSet<>();
        for (JsonNode v : arr) {
            if (v.isString() && !v.stringValue().isBlank() && out.size() < max) {
                String s = v.stringValue().strip();
                out.add(s.length() > maxLength ? s.substring(0, maxLength) : s);
            }
        }
        if (out.size() < min) {
            throw new InvalidOutput("'" + field + "' 항목이 " + min + "개 이상 필요함");
        }
        return List.copyOf(out);
    }

    static int score(JsonNode node, String field) {
        JsonNode v = node.path(field);
        double d;
        if (v.isNumber()) {
            d = v.asDouble();
        } else if (v.isString() && v.stringValue().strip().matches("-?\\d+(\\.\\d+)?")) {
            d = Double.parseDouble(v.stringValue().strip());
        } else {
            throw new InvalidOutput("'" + field + "' 0~100 정수가 필요함");
        }
        return (int) Math.max(0, Math.min(100, Math.round(d)));
    }

    static MentalScores scores(JsonNode node) {
        return new MentalScores(score(node, "emotional_stability"), score(node, "vitality"), score(node, "self_esteem"),
                score(node, "positivity"), score(node, "social_connection"), score(node, "resilience"));
    }

    static PersonaDraft persona(JsonNode node, Supplier<PersonaDraft> local) {
        String name = text(node, "name", 30);
        String personality = text(node, "personality", 1000);
        List<String> traits = strings(node, "traits", 3, 5, 20);
        List<String> interests = node.path("interests").isArray() ? strings(node, "interests", 0, 8, 20) : List.of();
        String style = text(node, "speaking_style", 300);
        String summary = text(node, "summary", 500);
        // the model writes the display prose; the structured style engines read is measured locally
        PersonaDraft measured = local.get();
        if (traits.size() < 5) {
            Set<String> padded = new LinkedHashSet<>(traits);
            for (String t : measured.traits()) {
                if (padded.size() < 5) {
                    padded.add(t);
                }
            }
            traits = List.copyOf(padded);
        }
        return new PersonaDraft(name, personality, traits, interests, style, summary, measured.style());
    }

    /** SPEC §6: a persona never copies diary sentences; 12+ shared characters count as a copy. */
    static void requireNoCopy(PersonaDraft p, List<DiaryText> diaries) {
        String persona = (p.personality() + "|" + p.summary() + "|" + p.speakingStyle() + "|" + p.name())
                .replaceAll("\\s+", "");
        for (DiaryText d : diaries) {
            String c = d.content() == null ? "" : d.content().replaceAll("\\s+", "");
            for (int i = 0; i + 12 <= c.length(); i++) {
                if (persona.contains(c.substring(i, i + 12))) {
                    throw new InvalidOutput("일기 문장을 그대로 옮김");
                }
            }
        }
    }

    static Feedback feedback(JsonNode node, OverallStatus status, Supplier<Feedback> local) {
        String label = text(node, "status_label", 20);
        String message = text(node, "message", 500);
        String encouragement = text(node, "encouragement", 300);
        String emoji = node.path("emoji").isString() && !node.path("emoji").stringValue().isBlank()
                ? node.path("emoji").stringValue().strip() : local.get().emoji();
        boolean needsSuggestion = status == OverallStatus.concerning || status == OverallStatus.critical;
        String suggestion = null;
        if (needsSuggestion) {
            JsonNode s = node.path("suggestion");
            suggestion = s.isString() && !s.stringValue().isBlank() ? s.stringValue().strip() : local.get().suggestion();
        }
        return new Feedback(label, message, encouragement, suggestion, emoji,
                status == OverallStatus.critical ? CrisisResource.KOREA : List.of());
    }

    static ReportInsights report(JsonNode node) {
        return new ReportInsights(strings(node, "insights", 3, 3, 300), strings(node, "recommendations", 3, 3, 300));
    }

    static List<PromptSuggestion> prompts(JsonNode node, Supplier<List<PromptSuggestion>> local) {
        JsonNode arr = node.path("prompts");
        if (!arr.isArray()) {
            throw new InvalidOutput("'prompts' 배열이 필요함");
        }
        List<PromptSuggestion> out = new ArrayList<>();
        for (JsonNode p : arr) {
            JsonNode t = p.path("title");
            JsonNode d = p.path("description");
            if (t.isString() && d.isString() && !t.stringValue().isBlank() && !d.stringValue().isBlank() && out.size() < 3) {
                out.add(new PromptSuggestion(OpenAiCompatibleEngine.clip(t.stringValue().strip(), 40),
                        OpenAiCompatibleEngine.clip(d.stringValue().strip(), 300)));
            }
        }
        if (out.isEmpty()) {
            throw new InvalidOutput("'prompts'에 title/description 항목이 필요함");
        }
        for (PromptSuggestion p : local.get()) {
            if (out.size() < 3 && out.stream().noneMatch(x -> x.title().equals(p.title()))) {
                out.add(p);
            }
        }
        return List.copyOf(out);
    }

    static String weeklySentence(String text) {
        String s = text.strip().replaceAll("^[\"'“”‘’]+|[\"'“”‘’]+$", "").replaceAll("\\s+", " ").strip();
        if (s.isEmpty() || s.contains("\n")) {
            throw new InvalidOutput("한 문장이 필요함");
        }
        if (s.length() > 30) {
            throw new InvalidOutput("30자를 넘음(" + s.length() + "자)");
        }
        return s;
    }
}
