package app.dearme.ai.openai;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import app.dearme.ai.ChatRequest;
import app.dearme.ai.ChatRequest.ChatTurn;
import app.dearme.ai.ChatRequest.Customization;
import app.dearme.ai.ChatRequest.RetrievedDiary;
import app.dearme.ai.openai.OpenAiClient.Message;

/** Builds the chat messages: system prompt from persona + customization + context, last 10 turns, user. */
final class ChatPrompt {

    private ChatPrompt() {
    }

    static List<Message> messages(ChatRequest req) {
        Customization c = req.customization() == null ? Customization.NONE : req.customization();
        ChatRequest.PersonaProfile p = req.persona();
        String style = p == null || p.speakingStyle() == null ? "" : p.speakingStyle();
        boolean emoji = req.usesEmoji();
        List<String> traits = c.traitsOverride() != null && !c.traitsOverride().isEmpty() ? c.traitsOverride()
                : p == null || p.traits() == null ? List.of() : p.traits();
        String tone = c.tone() == null ? "casual" : c.tone();
        String system = Prompts.fill("chat_system", Map.ofEntries(
                Map.entry("name", p == null ? "디어미" : OpenAiCompatibleEngine.nz(p.name())),
                Map.entry("who", req.friendChat()
                        ? "지금은 주인의 친구와 이야기하고 있어. 너는 주인의 'AI 분신'으로 말하지만, 주인의 일기 내용을 직접 말하거나 인용하지 마."
                        : "지금은 너를 만든 주인과 이야기하고 있어. 너는 주인의 일기를 통해 주인을 닮아 가는 AI야."),
                Map.entry("today", req.today() == null || req.friendChat() ? ""
                        : "오늘은 " + req.today() + "이야. '오늘', '어제' 같은 말은 이 날짜를 기준으로 일기 날짜와 맞춰 봐."),
                Map.entry("personality", p == null ? "" : OpenAiCompatibleEngine.nz(p.personality())),
                Map.entry("traits", String.join(", ", traits)),
                Map.entry("interests", p == null || p.interests() == null ? "" : String.join(", ", p.interests())),
                Map.entry("speaking_style", style),
                Map.entry("tone_rule", switch (tone) {
                    case "formal" -> "존댓말(해요체)로 정중하고 다정하게 말해.";
                    case "cute" -> "귀엽고 애교 있는 반말로 말해(말끝에 ~, ~당, ~징 같은 표현).";
                    default -> "친한 친구처럼 편한 반말로 말해.";
                }),
                Map.entry("emoji_rule", emoji ? "이모지는 가끔 하나 정도만 써." : "이모지는 쓰지 마."),
                Map.entry("context_rule", req.friendChat()
                        ? "너는 일기를 볼 수 없어. 위의 성격, 관심사, 말투만으로 이야기해. 날짜나 특정한 날의 일, 기분은 말하지 마."
                        : "관련 있는 일기가 있으면 날짜나 제목을 자연스럽게 언급해도 좋아."),
                Map.entry("followup_rule", req.turnIndex() % 3 == 2
                        ? "이번 답변 끝에는 상대에게 자연스러운 질문을 하나 해."
                        : "이번 답변에서는 되묻지 말고 공감하거나 답해 줘."),
                Map.entry("temporary_rule", req.reminderTurn()
                        ? "- 이번 답변에서 아직은 퀴즈로만 상대를 알고 있어서, 일기를 써 주면 점점 더 닮아 갈 거라고 한 번 말해.\n"
                        : ""),
                Map.entry("trend_rule", req.friendChat()
                        ? "상대의 마음 상태나 분석 결과는 말하지 마."
                        : "상대가 요즘 자기가 어때 보이는지 물으면 '마음 분석 추세'로 답해. 숫자 대신 말로, 지난주와 비교해서 (예: 요즘 활력이 좀 떨어져 보여. 지난주보다 …)."),
                Map.entry("trend", req.friendChat() ? "(친구와의 대화에는 쓰지 않아.)"
                        : req.trend() == null ? "(최근 분석 없음)" : req.trend().describe()),
                Map.entry("context", req.friendChat() ? "(친구와의 대화에는 일기를 쓰지 않아.)" : context(req.context()))));
        List<Message> out = new ArrayList<>();
        out.add(new Message("system", Prompts.get("common_system") + "\n\n" + system));
        List<ChatTurn> history = req.history() == null ? List.of() : req.history();
        for (ChatTurn t : history.subList(Math.max(0, history.size() - 10), history.size())) {
            out.add(new Message("persona".equals(t.role()) ? "assistant" : "user", OpenAiCompatibleEngine.nz(t.content())));
        }
        out.add(new Message("user", OpenAiCompatibleEngine.nz(req.userMessage())));
        return out;
    }

    private static String context(List<RetrievedDiary> context) {
        if (context == null || context.isEmpty()) {
            return "(없음 — 과거 일을 물으면 기억나지 않는다고 솔직하게 말해.)";
        }
        StringBuilder sb = new StringBuilder();
        for (RetrievedDiary d : context) {
            sb.append("- ").append(d.date());
            if (d.title() != null) {
                sb.append(" | 제목: ").append(d.title());
            }
            if (d.mood() != null) {
                sb.append(" | 기분: ").append(d.mood().label());
            }
            if (d.snippet() != null && !d.snippet().isBlank()) {
                sb.append(" | 내용 일부: ").append(d.snippet());
            }
            sb.append('\n');
        }
        return sb.toString().strip();
    }

    /** Appended when the upstream stream breaks after some text was already shown. */
    static String disconnectEnding(ChatRequest req) {
        String tone = req.customization() == null || req.customization().tone() == null ? "casual"
                : req.customization().tone();
        return "formal".equals(tone) ? " …앗, 말씀드리다가 연결이 잠깐 끊겼어요. 다시 한번 말씀해 주시겠어요?"
                : " …앗, 말하다가 연결이 잠깐 끊겼어. 다시 한번 말해 줄래?";
    }
}
