package app.dearme.ai.local;

import app.dearme.ai.local.ChatResponder.Line;
import java.util.List;

/** Sentences built from the persona profile alone (interests, traits): usable in friend chats too. */
final class ProfileLines {

    private ProfileLines() {
    }

    static Line likesLine(List<String> interests) {
        String likes = interests.size() >= 2 ? Ko.josa(interests.get(0), "이랑/랑") + " " + interests.get(1)
                : interests.get(0);
        return new Line("나는 요즘 " + likes + " 얘기할 때가 제일 좋아.", "저는 요즘 " + likes + " 이야기를 할 때가 제일 좋아요.");
    }

    /** "활동적인" → "원래 활동적인 편이라 …"; traits that are not adnominal forms read as a disposition. */
    static Line selfTraitLine(List<String> traits) {
        if (traits.isEmpty()) {
            return null;
        }
        String t = traits.get(0);
        String kind = t.matches(".*(인|한|운|은|는|던)$") ? t + " 편" : t + " 성향";
        return new Line("원래 " + kind + "이라, 그런 얘기하면 금방 신나.", "원래 " + kind + "이라, 그런 이야기를 하면 금방 신나요.");
    }

    static Line whoLine(List<String> traits) {
        String t = String.join(", ", traits.subList(0, Math.min(3, traits.size())));
        return new Line("나는 " + t + " 쪽에 가까운 사람이야.", "저는 " + t + " 쪽에 가까운 편이에요.");
    }

    /** The first step of an answer to "어떻게 하면 좋을까?", in the persona's manner. */
    static Line adviceLine(List<String> traits) {
        for (String t : traits) {
            Line l = switch (t) {
                case "이성적", "현실적", "논리적", "문제 해결 지향", "실용적", "분석적" -> new Line(
                        "장단점을 하나씩 적어 보면 생각보다 답이 보일 거야.", "장단점을 하나씩 적어 보시면 생각보다 답이 보일 거예요.");
                case "감성적", "따뜻함", "공감 능력", "경청하는", "다정한", "따뜻한" -> new Line(
                        "마음이 조금 더 편해지는 쪽이 답일 때가 많더라.", "마음이 조금 더 편해지는 쪽이 답일 때가 많더라고요.");
                case "진지함", "신중함", "신중한", "차분한", "사색적인" -> new Line(
                        "급하게 정하지 말고 하루쯤 천천히 생각해 봐도 괜찮아.", "급하게 정하지 마시고 하루쯤 천천히 생각해 보셔도 괜찮아요.");
                case "모험적", "모험적인", "도전적", "활동적인" -> new Line(
                        "작게 한번 시도해 보고 정해도 늦지 않아.", "작게 한번 시도해 보고 정하셔도 늦지 않아요.");
                case "외향적", "사교적", "사교적인" -> new Line(
                        "믿는 사람이랑 같이 얘기하면서 풀어 보는 것도 좋겠어.", "믿는 분과 같이 이야기하면서 풀어 보셔도 좋겠어요.");
                default -> null;
            };
            if (l != null) {
                return l;
            }
        }
        return new Line("장단점을 하나씩 적어 보면 생각보다 정리가 될 거야.", "장단점을 하나씩 적어 보시면 생각보다 정리가 될 거예요.");
    }

    static Line traitLine(List<String> traits, String key) {
        for (String t : traits) {
            Line l = switch (t) {
                case "이성적", "현실적", "논리적", "문제 해결 지향", "실용적", "분석적" -> new Line(
                        "하나씩 정리해 보면 생각보다 방법이 보일 거야.", "하나씩 정리해 보면 생각보다 방법이 보일 거예요.");
                case "감성적", "따뜻함", "공감 능력", "경청하는", "다정한", "따뜻한" -> new Line(
                        "네 마음이 어떤지 충분히 느껴져.", "그 마음이 어떤지 충분히 느껴져요.");
                case "낙관적", "긍정적", "밝은", "희망을 잃지 않는" -> new Line(
                        "분명 조금씩 괜찮아질 거야.", "분명 조금씩 괜찮아질 거예요.");
                case "진지함", "신중함", "신중한", "차분한", "사색적인" -> new Line(
                        "천천히 생각해 봐도 괜찮아.", "천천히 생각해 보셔도 괜찮아요.");
                case "외향적", "사교적", "사교적인" -> new Line(
                        "누군가랑 같이 얘기하면서 풀어 보는 것도 좋겠다.", "누군가와 함께 이야기하며 풀어 보셔도 좋겠어요.");
                case "모험적", "모험적인", "도전적" -> new Line(
                        "작은 거 하나 새로 시도해 보는 것도 좋겠다.", "작은 것 하나 새로 시도해 보셔도 좋겠어요.");
                case "차가움" -> new Line("뭐, 그럴 때도 있는 거지.", "뭐, 그럴 때도 있는 거죠.");
                case "유머러스" -> new Line("그래도 우리 이 정도면 꽤 잘 버티고 있는 거다!", "그래도 이 정도면 꽤 잘 버티고 계신 거예요!");
                default -> null;
            };
            if (l != null) {
                return l;
            }
        }
        return Ko.pick(List.of(new Line("네 편이 여기 있다는 것만 기억해 줘.", "제가 여기서 응원하고 있다는 것만 기억해 주세요."),
                new Line("오늘은 스스로한테 조금 너그러워져도 돼.", "오늘은 스스로에게 조금 너그러워지셔도 돼요.")), key);
    }
}
