package app.dearme.ai.local;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import app.dearme.vocabulary.DiaryText;
import app.dearme.vocabulary.Mood;
import app.dearme.ai.PromptSuggestion;

/** Writing prompts and the weekly one-liner, drawn from recent topics and moods. */
public final class PromptWriter {

    private static final List<PromptSuggestion> FALLBACK = List.of(
            new PromptSuggestion("오늘의 한 장면", "오늘 가장 기억에 남는 장면 하나를 골라 그때의 기분과 함께 적어 보세요."),
            new PromptSuggestion("작은 감사", "오늘 고마웠던 일 세 가지를 아주 작은 것부터 적어 보세요."),
            new PromptSuggestion("나에게 묻기", "요즘 나를 가장 많이 움직이는 감정은 무엇인가요? 그 이유도 함께 적어 보세요."),
            new PromptSuggestion("내일의 작은 계획", "내일 꼭 해 보고 싶은 작은 일 하나를 정하고, 왜 하고 싶은지 적어 보세요."));

    private final TopicExtractor topics;

    public PromptWriter(TopicExtractor topics) {
        this.topics = topics;
    }

    public List<PromptSuggestion> prompts(LocalDate today, List<DiaryText> recent) {
        List<DiaryText> diaries = recent == null ? List.of() : recent.stream().limit(6).toList();
        List<PromptSuggestion> out = new ArrayList<>();
        List<String> interests = diaries.isEmpty() ? List.of()
                : topics.rankedTerms(diaries).stream().map(TopicExtractor.Term::noun).limit(3).toList();
        if (interests.isEmpty() && !diaries.isEmpty()) {
            List<String> nouns = topics.nouns(TopicExtractor.join(diaries.get(0)));
            interests = nouns.isEmpty() ? List.of() : List.of(nouns.get(0));
        }
        if (!interests.isEmpty()) {
            String t = interests.get(0);
            out.add(new PromptSuggestion(t + " 이야기 이어 쓰기",
                    "최근 일기에 " + Ko.josa(t, "이/가") + " 자주 등장했어요. 오늘은 " + t + "에 얽힌 기억이나 새롭게 느낀 점을 적어 볼까요?"));
        }
        Mood mood = dominantMood(diaries);
        if (mood != null) {
            out.add(moodPrompt(mood));
        }
        if (interests.size() >= 2) {
            String t = interests.get(1);
            out.add(new PromptSuggestion(t + "의 다른 면", Ko.josa(t, "을/를") + " 처음 좋아하게 된 계기나, 요즘 달라진 점을 적어 보세요."));
        }
        if (today != null) {
            DayOfWeek dow = today.getDayOfWeek();
            if (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY) {
                out.add(new PromptSuggestion("주말의 기록", "이번 주말에 나를 위해 한 일, 혹은 하고 싶은 일을 적어 보세요."));
            } else if (dow == DayOfWeek.MONDAY) {
                out.add(new PromptSuggestion("한 주의 시작", "이번 주에 기대되는 일과 조금 걱정되는 일을 하나씩 적어 보세요."));
            } else if (dow == DayOfWeek.FRIDAY) {
                out.add(new PromptSuggestion("한 주 돌아보기", "이번 주에 잘 해낸 일 하나와 아쉬웠던 일 하나를 적어 보세요."));
            }
        }
        int seed = today == null ? 0 : today.getDayOfYear();
        for (int i = 0; out.size() < 3 && i < FALLBACK.size(); i++) {
            PromptSuggestion p = FALLBACK.get((seed + i) % FALLBACK.size());
            if (out.stream().noneMatch(x -> x.title().equals(p.title()))) {
                out.add(p);
            }
        }
        return List.copyOf(out.subList(0, 3));
    }

    /** One warm sentence, at most 30 characters. */
    public String weeklySummary(List<DiaryText> week) {
        if (week == null || week.isEmpty()) {
            return "새로운 한 주, 천천히 시작해 봐요.";
        }
        Mood mood = dominantMood(week);
        List<String> interests = topics.rankedTerms(week).stream().map(TopicExtractor.Term::noun).limit(2).toList();
        if (interests.isEmpty()) {
            List<String> nouns = topics.nouns(TopicExtractor.join(week.get(0)));
            interests = nouns.isEmpty() ? List.of() : List.of(nouns.get(0));
        }
        String adj = mood == null ? "소중한" : switch (mood) {
            case HAPPY -> "웃음 가득한";
            case EXCITED -> "설렘 가득한";
            case GRATEFUL -> "고마움이 많은";
            case HOPEFUL -> "희망이 보인";
            case CALM -> "잔잔하고 평온한";
            case SAD -> "마음이 무거웠던";
            case ANXIOUS -> "걱정을 잘 견딘";
            case TIRED -> "지쳐도 버텨 낸";
            case LONELY -> "혼자서도 잘 버틴";
            case ANGRY -> "속상함을 견딘";
        };
        List<String> candidates = new ArrayList<>();
        if (interests.size() >= 2) {
            candidates.add(Ko.josa(interests.get(0), "과/와") + " " + Ko.josa(interests.get(1), "으로/로") + " 채운 " + adj + " 한 주였어요.");
        }
        if (!interests.isEmpty()) {
            candidates.add(Ko.josa(interests.get(0), "과/와") + " 함께한 " + adj + " 한 주였어요.");
        }
        candidates.add(adj + " 한 주, 정말 수고했어요.");
        candidates.add("이번 주도 정말 수고했어요.");
        for (String c : candidates) {
            if (c.length() <= 30) {
                return c;
            }
        }
        return "이번 주도 수고했어요.";
    }

    /** Exhaustive over {@link Mood}: every mood has its own writing prompt. */
    static PromptSuggestion moodPrompt(Mood mood) {
        return switch (mood) {
            case SAD -> new PromptSuggestion("마음 돌보기", "요즘 마음이 무거웠던 날이 있었어요. 오늘 나를 조금이라도 편하게 해 준 것을 적어 볼까요?");
            case ANXIOUS -> new PromptSuggestion("걱정 내려놓기", "머릿속을 맴도는 걱정을 하나 적고, 그중 내가 할 수 있는 일과 없는 일을 나눠 보세요.");
            case LONELY -> new PromptSuggestion("연결의 순간", "최근에 누군가와 마음이 닿았던 순간이 있었나요? 짧은 대화라도 좋아요.");
            case TIRED -> new PromptSuggestion("쉼표 찍기", "요즘 지친 날이 많았어요. 오늘 나에게 주고 싶은 작은 휴식을 적어 보세요.");
            case ANGRY -> new PromptSuggestion("속마음 꺼내기", "화가 났던 일 뒤에 숨은 진짜 바람은 무엇이었는지 적어 보세요.");
            case GRATEFUL -> new PromptSuggestion("고마운 사람", "최근 고마움을 자주 느꼈어요. 오늘 고마웠던 사람에게 전하고 싶은 말을 적어 보세요.");
            case HAPPY -> new PromptSuggestion("기쁨 저장하기", "요즘 좋은 날이 많았어요. 오늘 웃게 만든 장면을 사진처럼 자세히 묘사해 보세요.");
            case EXCITED -> new PromptSuggestion("설렘의 이유", "요즘 무엇이 마음을 두근거리게 하나요? 기대되는 일을 적어 보세요.");
            case CALM -> new PromptSuggestion("잔잔한 하루", "평온했던 순간을 떠올리며 그때 들리던 소리와 풍경을 적어 보세요.");
            case HOPEFUL -> new PromptSuggestion("내일의 나에게", "요즘 희망이 보이는 날이 많았어요. 내일의 나에게 짧은 편지를 써 볼까요?");
        };
    }

    static Mood dominantMood(List<DiaryText> diaries) {
        return Ko.rankedMoods(diaries).stream().findFirst().orElse(null);
    }
}
