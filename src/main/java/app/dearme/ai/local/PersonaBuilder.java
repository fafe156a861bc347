package app.dearme.ai.local;

import app.dearme.ai.SpeakingStyle;
import app.dearme.ai.SpeakingStyle.Frequency;
import app.dearme.ai.SpeakingStyle.SentenceLength;
import app.dearme.vocabulary.Mood;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import app.dearme.vocabulary.DiaryText;
import app.dearme.ai.PersonaDraft;

/**
 * Builds persona fields from diaries or quiz traits. All prose comes from templates filled with
 * nouns, trait words and measured numbers, so no diary sentence can be copied into it.
 */
public final class PersonaBuilder {

    private static final Map<String, String> TOPIC_NOUN = Map.ofEntries(Map.entry("cafe", "카페 탐험가"),
            Map.entry("running", "러너"), Map.entry("exercise", "운동 메이트"), Map.entry("walk", "산책가"),
            Map.entry("reading", "책벌레"), Map.entry("movie", "영화 수집가"), Map.entry("music", "음악 수집가"),
            Map.entry("travel", "여행자"), Map.entry("study", "공부 탐험가"), Map.entry("work", "열일러"),
            Map.entry("family", "가족 바라기"), Map.entry("friends", "분위기 메이커"), Map.entry("love", "로맨티스트"),
            Map.entry("pet", "집사"), Map.entry("cooking", "요리사"), Map.entry("food", "미식가"),
            Map.entry("game", "게이머"), Map.entry("art", "작가"), Map.entry("plant", "식물 집사"));
    private static final Map<String, String> FLAW_BY_SIGNAL = Map.ofEntries(
            Map.entry("mood:anxious", "다만 걱정이 앞서서 혼자 생각이 많아질 때가 있어요."),
            Map.entry("mood:tired", "가끔은 할 일을 미루고 침대와 한 몸이 되고 싶어 하는 면도 있어요."),
            Map.entry("mood:lonely", "속마음을 먼저 꺼내는 건 아직 조금 서툴러요."),
            Map.entry("mood:sad", "마음이 가라앉으면 혼자 오래 곱씹는 버릇이 있어요."),
            Map.entry("mood:angry", "욱하는 마음이 말보다 먼저 나올 때가 가끔 있어요."),
            Map.entry("topic:running", "계획한 운동을 빼먹으면 스스로에게 괜히 엄격해지기도 해요."),
            Map.entry("topic:exercise", "계획한 운동을 빼먹으면 스스로에게 괜히 엄격해지기도 해요."),
            Map.entry("topic:cafe", "좋아하는 카페 얘기만 나오면 말이 길어지는 게 귀여운 단점이에요."),
            Map.entry("topic:work", "일이 몰리면 쉬는 것도 잊고 스스로를 몰아붙이곤 해요."),
            Map.entry("topic:study", "완벽하게 준비하려다 시작이 늦어질 때가 있어요."),
            Map.entry("topic:food", "맛있는 것 앞에서는 계획이 쉽게 무너지는 편이에요."),
            Map.entry("topic:movie", "재미있는 작품을 만나면 밤새 정주행하다 다음 날 후회하기도 해요."));
    private static final String DEFAULT_FLAW = "가끔은 생각이 많아 결정을 조금 미루는 편이에요.";
    private static final List<String> DEFAULT_TRAITS = List.of("솔직한", "성실한", "따뜻한", "호기심 많은", "꾸준한");

    private final TopicExtractor topics;
    private final EmotionScorer scorer;
    private final StyleProfiler styles;
    private final Lexicon lexicon;

    public PersonaBuilder(TopicExtractor topics, EmotionScorer scorer, StyleProfiler styles, Lexicon lexicon) {
        this.topics = topics;
        this.scorer = scorer;
        this.styles = styles;
        this.lexicon = lexicon;
    }

    public PersonaDraft fromDiaries(List<DiaryText> input) {
        List<DiaryText> diaries = input.stream().limit(30).toList();
        if (diaries.isEmpty()) {
            return fromQuiz(List.of());
        }
        List<String> interests = topics.interests(diaries, 6);
        List<String> topicKeys = topics.topics(diaries);
        StyleProfiler.Style style = styles.profile(diaries.stream().map(DiaryText::content).toList());
        List<Mood> moods = Ko.rankedMoods(diaries);
        double[] avg = new double[6];
        for (DiaryText d : diaries) {
            int[] s = scorer.analyse(TopicExtractor.join(d), d.mood()).scores();
            for (int a = 0; a < 6; a++) {
                avg[a] += s[a] / (double) diaries.size();
            }
        }
        List<String> signals = new ArrayList<>();
        topicKeys.stream().limit(3).forEach(t -> signals.add("topic:" + t));
        moods.stream().limit(2).forEach(m -> signals.add("mood:" + m.wire()));
        for (int a = 0; a < 6; a++) {
            if (avg[a] >= 58) {
                signals.add("axis:" + Lexicon.AXES.get(a) + "+");
            } else if (avg[a] <= 42) {
                signals.add("axis:" + Lexicon.AXES.get(a) + "-");
            }
        }
        Set<String> traits = new LinkedHashSet<>();
        for (String s : signals) {
            for (String t : lexicon.traitsFor(s)) {
                if (traits.size() < 5) {
                    traits.add(t);
                }
            }
        }
        for (String t : DEFAULT_TRAITS) {
            if (traits.size() < 5) {
                traits.add(t);
            }
        }
        List<String> traitList = List.copyOf(traits);
        Mood topMood = moods.isEmpty() ? null : moods.get(0);
        String topTopic = topicKeys.isEmpty() ? null : topicKeys.get(0);
        String name = (topMood == null ? "다정한" : nameAdjective(topMood)) + " "
                + (topTopic == null ? "기록가" : TOPIC_NOUN.getOrDefault(topTopic, "기록가"));

        List<String> sentences = new ArrayList<>();
        if (interests.size() >= 2) {
            sentences.add(Ko.josa(interests.get(0), "과/와") + " " + interests.get(1) + " 이야기를 자주 꺼내는, "
                    + traitList.get(0) + ", 그리고 " + traitList.get(1) + " 사람이에요.");
        } else if (interests.size() == 1) {
            sentences.add(Ko.josa(interests.get(0), "을/를") + " 아끼는, " + traitList.get(0) + ", 그리고 "
                    + traitList.get(1) + " 사람이에요.");
        } else {
            sentences.add("하루를 꾸준히 기록하는, " + traitList.get(0) + ", 그리고 " + traitList.get(1) + " 사람이에요.");
        }
        sentences.add(topMood == null ? "그날그날의 마음을 있는 그대로 기록할 줄 알아요."
                : moodSentence(topMood));
        sentences.add(switch (style.formality()) {
            case HAPNIDA -> "글에서는 또박또박 예의 바른 말투가 돋보여요.";
            case HAEYO -> "글에서는 부드럽고 다정한 말투가 느껴져요.";
            case BANMAL -> "글에서는 꾸밈없이 편한 말투가 묻어나요.";
        });
        String flaw = DEFAULT_FLAW;
        for (String s : signals) {
            if (FLAW_BY_SIGNAL.containsKey(s)) {
                flaw = FLAW_BY_SIGNAL.get(s);
                break;
            }
        }
        sentences.add(flaw);
        sentences.add("그래도 하루를 돌아보고 기록하는 꾸준함이 가장 큰 장점이에요.");

        int strongest = argMax(avg);
        StringBuilder summary = new StringBuilder("최근 " + diaries.size() + "편의 일기를 바탕으로 만든 페르소나예요.");
        if (!interests.isEmpty()) {
            summary.append(" ").append(String.join(", ", interests.subList(0, Math.min(3, interests.size()))))
                    .append("에 관심이 많고");
            summary.append(moods.isEmpty() ? "," : ", 기분은 " + moodList(moods) + " 순으로 자주 기록됐어요.");
        } else if (!moods.isEmpty()) {
            summary.append(" 기분은 ").append(moodList(moods)).append(" 순으로 자주 기록됐어요.");
        }
        summary.append(" 마음 지표 중에서는 ").append(Ko.josa(Lexicon.AXIS_LABELS.get(strongest), "이/가"))
                .append(" 가장 돋보여요.");
        String summaryText = summary.toString().replace("많고,", "많아요.");
        return new PersonaDraft(name, String.join(" ", sentences), traitList, interests, style.describe(),
                summaryText, style.structured());
    }

    /** Exhaustive over {@link Mood}: a new mood does not compile until it has a name word. */
    static String nameAdjective(Mood m) {
        return switch (m) {
            case HAPPY -> "햇살 같은";
            case CALM -> "잔잔한";
            case EXCITED -> "두근두근";
            case GRATEFUL -> "고마움 많은";
            case HOPEFUL -> "반짝이는";
            case SAD -> "여린";
            case ANXIOUS -> "섬세한";
            case TIRED -> "느긋한";
            case LONELY -> "조용한";
            case ANGRY -> "솔직한";
        };
    }

    static String moodSentence(Mood m) {
        return switch (m) {
            case HAPPY -> "일기에는 웃음이 묻어나는 날이 가장 많았고, 작은 일에서도 기쁨을 잘 찾아내요.";
            case CALM -> "일기에는 잔잔하고 평온한 날이 가장 많았고, 하루를 차분히 정리하는 힘이 있어요.";
            case EXCITED -> "일기에는 설레는 날이 가장 많았고, 새로운 일 앞에서 눈이 반짝여요.";
            case GRATEFUL -> "일기에는 고마움을 적은 날이 가장 많았고, 주변 사람을 잘 알아봐요.";
            case HOPEFUL -> "일기에는 내일을 기대하는 날이 가장 많았고, 넘어져도 다시 일어서려는 마음이 있어요.";
            case SAD -> "일기에는 마음이 가라앉은 날도 적지 않았지만, 그 감정을 피하지 않고 들여다봐요.";
            case ANXIOUS -> "일기에는 걱정이 많은 날도 있었지만, 그만큼 일을 꼼꼼히 챙기는 사람이에요.";
            case TIRED -> "일기에는 지친 날도 많았지만, 그 와중에도 자기 하루를 끝까지 기록해 왔어요.";
            case LONELY -> "일기에는 혼자인 시간이 자주 보였고, 그 시간을 스스로 채우는 법을 알아 가고 있어요.";
            case ANGRY -> "일기에는 속상하고 화나는 날도 있었지만, 감정을 솔직하게 표현할 줄 알아요.";
        };
    }

    private static String moodList(List<Mood> moods) {
        return String.join("·", moods.stream().limit(2).map(Ko::moodLabel).toList());
    }


    private static int argMax(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }

    // ---------------------------------------------------------------- quiz

    /** {@code style} is the display prose, {@code speaking} the same style as data (engines read this one). */
    private record Group(String name, String style, String sentence, List<String> members, SpeakingStyle speaking) {
    }

    private static SpeakingStyle style(Frequency emoji, Frequency laughter, SentenceLength length) {
        return new SpeakingStyle(SpeakingStyle.Formality.BANMAL, emoji, laughter, length);
    }

    private static final List<Group> GROUPS = List.of(
            new Group("햇살 같은 친구", "반말로 밝고 편하게 말함, 적당한 길이의 문장, 이모지를 가끔 씀",
                    "사람들과 어울리며 에너지를 얻고, 곁에 있는 사람을 환하게 만들어요.",
                    List.of("사교적", "외향적", "활발함", "관계 지향적", "개방적", "표현적", "공유하는", "연대감 있는", "협력적", "소통하는", "열린 마음"),
                    style(Frequency.SOMETIMES, Frequency.RARELY, SentenceLength.MEDIUM)),
            new Group("고요한 사색가", "반말로 차분하게 말함, 짧고 간결한 문장, 이모지는 거의 쓰지 않음",
                    "조용한 시간 속에서 생각을 정리하고, 마음속 이야기를 깊이 들여다봐요.",
                    List.of("내성적", "사색적", "차분함", "자기 성찰적", "독립적", "내면 지향"),
                    style(Frequency.RARELY, Frequency.RARELY, SentenceLength.SHORT)),
            new Group("호기심 많은 탐험가", "반말로 경쾌하게 말함, 짧고 간결한 문장, 이모지를 가끔 씀",
                    "새로운 것 앞에서 망설이기보다 먼저 한 발을 내딛는 편이에요.",
                    List.of("호기심 많은", "모험적", "트렌디한", "모험심", "도전적", "자유로운", "즉흥적", "유연한", "실행력 있는"),
                    style(Frequency.SOMETIMES, Frequency.RARELY, SentenceLength.SHORT)),
            new Group("에너지 넘치는 러너", "반말로 힘차게 말함, 짧고 간결한 문장, 이모지를 가끔 씀",
                    "몸을 움직이며 하루를 채우고, 그 활기를 주변에도 나눠 줘요.",
                    List.of("활동적", "건강 지향적", "에너지 넘치는", "본능적", "단순한", "자기 돌봄"),
                    style(Frequency.SOMETIMES, Frequency.RARELY, SentenceLength.SHORT)),
            new Group("다정한 이야기꾼", "반말로 따뜻하게 말함, 적당한 길이의 문장, 이모지를 가끔 씀",
                    "누군가의 고민을 끝까지 들어 주고, 말 한마디에도 온기를 담아요.",
                    List.of("공감 능력", "따뜻함", "경청하는", "관계 중시", "사랑이 많은", "가족 지향", "솔직한"),
                    style(Frequency.SOMETIMES, Frequency.RARELY, SentenceLength.MEDIUM)),
            new Group("든든한 설계자", "반말로 또렷하게 말함, 적당한 길이의 문장, 이모지는 거의 쓰지 않음",
                    "문제가 생기면 차근차근 정리해서 답을 찾아내는 든든함이 있어요.",
                    List.of("문제 해결 지향", "논리적", "실용적", "계획적", "신중한", "체계적", "분석적", "꼼꼼한", "연구하는"),
                    style(Frequency.RARELY, Frequency.RARELY, SentenceLength.MEDIUM)),
            new Group("유쾌한 분위기 메이커", "반말로 장난스럽게 말함, 짧고 간결한 문장, 가끔 ㅋㅋ·ㅎㅎ를 씀, 이모지를 자주 씀",
                    "힘든 순간에도 웃음을 찾아내서 분위기를 가볍게 만들어요.",
                    List.of("유머러스", "긍정적", "밝은"),
                    style(Frequency.OFTEN, Frequency.SOMETIMES, SentenceLength.SHORT)),
            new Group("열정적인 몽상가", "반말로 생기 있게 말함, 적당한 길이의 문장, 이모지를 가끔 씀",
                    "좋아하는 일에 한번 빠지면 시간 가는 줄 모르고 몰입해요.",
                    List.of("창의적", "몰입하는", "열정적"),
                    style(Frequency.SOMETIMES, Frequency.RARELY, SentenceLength.MEDIUM)),
            new Group("꿈꾸는 도전자", "반말로 또렷하게 말함, 적당한 길이의 문장, 이모지는 거의 쓰지 않음",
                    "어제보다 조금 더 나은 내가 되려고 꾸준히 자신을 다듬어요.",
                    List.of("성장 지향", "야망 있는", "자기 계발"),
                    style(Frequency.RARELY, Frequency.RARELY, SentenceLength.MEDIUM)),
            new Group("소소한 행복 수집가", "반말로 다정하게 말함, 짧고 간결한 문장, 이모지를 가끔 씀",
                    "지금 이 순간의 작은 기쁨을 놓치지 않고 고마워할 줄 알아요.",
                    List.of("현재 지향적", "감사하는", "소확행"),
                    style(Frequency.SOMETIMES, Frequency.RARELY, SentenceLength.SHORT)));

    public PersonaDraft fromQuiz(List<String> rawTraits) {
        List<String> traits = rawTraits.stream().filter(t -> t != null && !t.isBlank()).map(String::strip)
                .distinct().limit(10).toList();
        Group best = GROUPS.get(4);
        int bestScore = 0;
        for (Group g : GROUPS) {
            int score = 0;
            for (int i = 0; i < traits.size(); i++) {
                if (g.members().contains(traits.get(i))) {
                    score += 10 * (traits.size() - i); // earlier answers weigh a little more on ties
                }
            }
            if (score > bestScore) {
                bestScore = score;
                best = g;
            }
        }
        Set<String> five = new LinkedHashSet<>(traits.stream().limit(5).toList());
        for (String m : best.members()) {
            if (five.size() < 5) {
                five.add(m);
            }
        }
        for (String t : DEFAULT_TRAITS) {
            if (five.size() < 5) {
                five.add(t);
            }
        }
        List<String> traitList = List.copyOf(five);
        String personality = "'" + traitList.get(0) + "', '" + traitList.get(1) + "' 같은 면을 가진 당신을 닮은 "
                + Ko.josa(best.name(), "이에요/예요") + ". " + best.sentence()
                + " 아직은 퀴즈로만 당신을 알고 있지만, 일기를 한 편씩 쓸수록 점점 더 당신다워질 거예요.";
        String summary = "퀴즈에서 고른 성향(" + String.join(", ", traitList.subList(0, 3))
                + ")으로 만든 임시 페르소나예요. 일기가 쌓이면 관심사와 말투를 배워 더 당신다워져요.";
        return new PersonaDraft(best.name(), personality, traitList, List.of(), best.style(), summary,
                best.speaking());
    }
}
