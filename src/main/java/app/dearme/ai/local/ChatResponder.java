package app.dearme.ai.local;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import app.dearme.ai.ChatRequest;
import app.dearme.ai.ChatRequest.Customization;
import app.dearme.ai.ChatRequest.RetrievedDiary;
import app.dearme.ai.SafetyResult;

/**
 * Composes a persona's chat reply from templates. Facts come only from the request (retrieved diary
 * dates/titles/moods/snippets in own chats, persona interests); nothing else is asserted, so no names or
 * numbers are invented. Friend chats use the profile only: no diary, date or day word. Tone: 반말 by default, 존댓말 for formal, a softer 반말 for cute.
 */
public final class ChatResponder {

    /** A sentence in both registers; cute is derived from casual. */
    record Line(String casual, String formal) {
    }

    private static final Pattern PAST_QUESTION = Pattern.compile(
            "기억|전에|지난|그때|그 때|예전|저번|했었|갔었|였었|었던|았던|했던|썼던|갔던|왔던|봤던|됐던|였던|샀던|그날|어제|작년|지난주|지난달");
    private static final Pattern QUESTION = Pattern.compile("[?？]\\s*$|(니|냐|나요|까요|까|어때|뭐야|뭐해|누구야)\\s*[.!~]*\\s*$");
    private static final Pattern GREETING = Pattern.compile("^(안녕|하이|hi|hello|반가|좋은 아침|헬로)", Pattern.CASE_INSENSITIVE);
    private static final Pattern LIKES_QUESTION = Pattern.compile(
            "좋아해|좋아하는|좋아하니|취미|관심|뭐 좋아|빠져|빠졌|꽂혀|꽂혔|즐겨|취향|재밌는 거|재미있는 거|요즘 뭐 하");
    /** "나 요즘 어때 보여?", "내 상태 어때?": the owner asks how they seem — answered from the analyses. */
    private static final Pattern SELF_STATE = Pattern.compile(
            "(나|내|저|제)\\s?(요즘|최근|상태|컨디션|기분|마음).*(어때|어떤|괜찮|보여|같아)|(어때|어떻게) 보여|내 상태|요즘 나 어때");
    private static final Pattern WHO_ARE_YOU = Pattern.compile("어떤 사람|무슨 사람|성격|너는 누구|넌 누구|자기소개|소개해");
    /** The owner asks for the diary's own words: the only case a reply quotes a diary (own chats, detailed level). */
    private static final Pattern QUOTE = Pattern.compile("그대로|원문|뭐라고 썼|뭐라고 적|읽어 줘|읽어줘|문장");
    private static final Pattern SMALL_TALK = Pattern.compile("뭐 해|뭐해|뭐 하고 있|뭐하고 있|밥 먹었|잘 지내|잘 지냈|심심|요즘 어때");
    private static final Pattern ADVICE = Pattern.compile("어떻게 하면|어떻게 해야|어떡하|어쩌지|어쩌면 좋|조언|방법|추천|해야 할까|하는 게 좋을까|할까\\?");
    private static final Pattern DEEP = Pattern.compile("고민|인생|미래|진로|관계|우울|외롭|불안|무서|두렵|힘들|포기|상처|헤어|이별");

    private final EmotionScorer scorer;
    private final TopicExtractor topics;

    public ChatResponder(EmotionScorer scorer, TopicExtractor topics) {
        this.scorer = scorer;
        this.topics = topics;
    }

    public String reply(ChatRequest req, SafetyResult safety) {
        Customization c = req.customization() == null ? Customization.NONE : req.customization();
        String tone = c.tone() == null ? "casual" : c.tone();
        String msg = req.userMessage() == null ? "" : req.userMessage().strip();
        boolean emoji = req.usesEmoji();
        List<String> traits = c.traitsOverride() != null && !c.traitsOverride().isEmpty() ? c.traitsOverride()
                : req.persona() == null || req.persona().traits() == null ? List.of() : req.persona().traits();
        String key = msg + "#" + req.turnIndex();

        if (safety.flagged()) {
            return render(safetyLines(), "formal".equals(tone) ? "formal" : "casual", false);
        }

        EmotionScorer.Analysis a = scorer.analyse(msg, null);
        double valence = 0;
        for (EmotionScorer.Hit h : a.hits()) {
            valence += h.valence();
        }
        List<String> nouns = topics.nouns(msg);
        List<String> interests = req.persona() == null || req.persona().interests() == null ? List.of()
                : req.persona().interests();
        String sharedTopic = nouns.stream().filter(interests::contains).findFirst().orElse(null);
        String topic = sharedTopic != null ? sharedTopic : nouns.isEmpty() ? null : nouns.get(0);
        boolean deep = msg.length() >= 60 || Math.abs(valence) >= 8 || DEEP.matcher(msg).find();
        boolean askedPast = PAST_QUESTION.matcher(msg).find();
        boolean userQuestion = QUESTION.matcher(msg).find();
        // friend chats speak from the profile alone (docs/security.md): a diary context is ignored even if given
        List<RetrievedDiary> context = req.friendChat() || req.context() == null ? List.of() : req.context();
        boolean followUpTurn = req.turnIndex() % 3 == 2;
        boolean reminderTurn = req.reminderTurn();

        List<Line> lines = new ArrayList<>();
        boolean asked = false;
        boolean advice = !askedPast && ADVICE.matcher(msg).find();
        boolean smallTalk = !askedPast && userQuestion && SMALL_TALK.matcher(msg).find();
        boolean memoryQuestion = !context.isEmpty() && (askedPast || (userQuestion && !advice && !smallTalk));
        boolean answered = false; // the message was answered from the profile or the analyses
        if (GREETING.matcher(msg).find()) {
            lines.add(Ko.pick(List.of(new Line("안녕! 와 줘서 반가워.", "안녕하세요! 와 주셔서 반가워요."),
                    new Line("안녕! 오늘도 와 줬네.", "안녕하세요! 오늘도 와 주셨네요.")), key));
        } else if (!req.friendChat() && SELF_STATE.matcher(msg).find()) {
            lines.addAll(TrendLines.of(req.trend()));
            answered = true;
        } else if ((userQuestion || msg.contains("뭐")) && LIKES_QUESTION.matcher(msg).find() && !interests.isEmpty()
                && sharedTopic == null) {
            lines.add(ProfileLines.likesLine(interests));
            Line flavor = ProfileLines.selfTraitLine(traits);
            if (flavor != null) {
                lines.add(flavor);
            }
            answered = true;
        } else if (userQuestion && WHO_ARE_YOU.matcher(msg).find() && !traits.isEmpty()) {
            lines.add(ProfileLines.whoLine(traits));
            if (!interests.isEmpty()) {
                lines.add(ProfileLines.likesLine(interests));
            }
            answered = true;
        } else if (req.friendChat() && SELF_STATE.matcher(msg).find()) {
            lines.add(new Line("나는 네 일기를 볼 수 없어서, 요즘 네가 어떤지는 네 얘기로 듣고 싶어.",
                    "저는 일기를 볼 수 없어서, 요즘 어떠신지는 직접 이야기로 듣고 싶어요."));
            answered = true;
        } else if (advice) {
            if (valence <= -2) {
                lines.add(new Line("많이 " + negativeFeeling(a.hits()) + "겠다.", "많이 " + negativeFeeling(a.hits()) + "겠어요."));
            }
            lines.add(ProfileLines.adviceLine(traits));
            lines.add(new Line("한 번에 다 하려고 하지 말고, 오늘 할 수 있는 것 하나만 정해 보자.",
                    "한 번에 다 하려고 하지 마시고, 오늘 할 수 있는 것 하나만 정해 보세요."));
            answered = true;
        } else if (smallTalk) {
            lines.add(new Line("나야 늘 여기서 네 얘기 기다리고 있었지.", "저는 늘 여기서 이야기를 기다리고 있었어요."));
            if (!interests.isEmpty()) {
                lines.add(new Line("요즘은 " + Ko.josa(interests.get(0), "이/가") + " 자주 생각나.",
                        "요즘은 " + Ko.josa(interests.get(0), "이/가") + " 자주 생각나요."));
            }
            answered = true;
        } else if (memoryQuestion) {
            // answered below from the diary retrieved first
        } else if (valence <= -2) {
            String feel = negativeFeeling(a.hits());
            lines.add(Ko.pick(List.of(new Line("그랬구나, 많이 " + feel + "겠다.", "그러셨군요, 많이 " + feel + "겠어요."),
                    new Line("아이고, 정말 " + feel + "겠다.", "저런, 정말 " + feel + "겠어요.")), key));
        } else if (valence >= 2) {
            lines.add(positiveLine(a.raw(), key));
        } else if (sharedTopic != null) {
            lines.add(new Line(sharedTopic + " 얘기라니, 내가 제일 좋아하는 주제잖아.",
                    sharedTopic + " 이야기라니, 제가 정말 좋아하는 주제예요."));
        } else if (!askedPast && userQuestion && context.isEmpty()) {
            lines.add(new Line("음, 그건 나도 잘 모르겠어.", "음, 그건 저도 잘 모르겠어요."));
        } else if (!askedPast && !userQuestion) {
            lines.add(Ko.pick(List.of(new Line("응, 듣고 있어.", "네, 잘 듣고 있어요."),
                    new Line("그렇구나, 얘기해 줘서 고마워.", "그렇군요, 이야기해 주셔서 고마워요.")), key));
        }

        if (!context.isEmpty() && !answered) {
            RetrievedDiary first = context.get(0); // the best retrieved diary is the one cited, whichever engine
            lines.add(contextLine(first, req.today()));
            if (QUOTE.matcher(msg).find() && DiaryLines.quote(first) != null) {
                lines.add(DiaryLines.quote(first));
            } else if (memoryQuestion) {
                Line topicLine = DiaryLines.topic(first, topics);
                if (topicLine != null) {
                    lines.add(topicLine);
                }
                lines.add(DiaryLines.mood(first));
            }
        } else if (answered) {
            // answered from the profile or the analyses: no diary line
        } else if (askedPast && req.friendChat()) {
            lines.add(new Line("지난 일기 얘기는 나만 간직하는 비밀이야. 대신 네 얘기를 들려줄래?",
                    "지난 일기 이야기는 저만 간직하는 비밀이에요. 대신 이야기를 들려주실래요?"));
            asked = true;
        } else if (askedPast) {
            lines.add(new Line("그 일은 내 일기 기억에 없어서 잘 기억이 안 나. 어떤 일이었는지 들려줄래?",
                    "그 일은 제가 가진 일기 기록에 없어서 잘 기억나지 않아요. 어떤 일이었는지 들려주실래요?"));
            asked = true;
        }

        if (deep && !answered) {
            Line flavor = ProfileLines.traitLine(traits, key);
            if (flavor != null) {
                lines.add(flavor);
            }
        }
        if (!asked && (followUpTurn || (deep && lines.size() < 3))) {
            lines.add(followUp(valence, topic, key));
            asked = true;
        }
        int max = (deep ? 4 : 3) - (reminderTurn ? 1 : 0);
        List<Line> capped = new ArrayList<>(lines.subList(0, Math.min(lines.size(), max)));
        if (reminderTurn) {
            capped.add(new Line("아직은 퀴즈로만 너를 알아서, 일기를 써 줄수록 점점 더 너를 닮아 갈게!",
                    "아직은 퀴즈로만 알고 있어서, 일기를 써 주실수록 점점 더 닮아 갈게요!"));
        }
        String text = render(capped, tone, traits.contains("유머러스") && valence > -2);
        if (emoji) {
            text = text + " " + (valence <= -2 ? "🫂" : valence >= 2 ? "😊" : "🙂");
        }
        return text;
    }

    private static Line positiveLine(double[] raw, String key) {
        if (raw[4] >= raw[1] && raw[4] >= 2) {
            return new Line("좋은 사람들이랑 함께였구나, 듣기만 해도 좋다!", "좋은 사람들과 함께였군요, 듣기만 해도 좋아요!");
        }
        if (raw[1] >= 2) {
            return new Line("와, 에너지가 여기까지 느껴져!", "와, 에너지가 여기까지 느껴져요!");
        }
        return Ko.pick(List.of(new Line("우와, 듣기만 해도 기분 좋다!", "와, 듣기만 해도 기분이 좋아져요!"),
                new Line("좋다, 그런 날 정말 소중하지.", "좋네요, 그런 날은 정말 소중하죠.")), key);
    }

    /** The axis of the single most negative weighted hit (외롭다 → social, 불안 → stability). */
    private static String negativeFeeling(List<EmotionScorer.Hit> hits) {
        int worst = 3;
        double min = 0;
        for (EmotionScorer.Hit h : hits) {
            for (int i = 0; i < 6; i++) {
                double v = h.weights()[i] * h.factor();
                if (v < min) {
                    min = v;
                    worst = i;
                }
            }
        }
        return switch (worst) {
            case 0 -> "불안했";
            case 1 -> "지쳤";
            case 4 -> "외로웠";
            case 2 -> "속상했";
            default -> "힘들었";
        };
    }

    private static Line contextLine(RetrievedDiary d, LocalDate today) {
        String recent = relativeDay(d.date(), today);
        String date = recent != null ? recent : Ko.date(d.date());
        String moodAdj = d.mood() == null ? null : d.mood().adjective();
        String title = d.title() == null || d.title().isBlank() ? null : d.title().strip();
        String when = recent != null ? recent : date + "에"; // "어제 쓴", "11월 20일에 쓴"
        StringBuilder casual = new StringBuilder();
        StringBuilder formal = new StringBuilder();
        if (title != null) {
            casual.append(when).append(" 쓴 '").append(title).append("' 일기 생각난다");
            formal.append(when).append(" 쓰신 '").append(title).append("' 일기가 생각나요");
        } else {
            casual.append(when).append(" 쓴 일기 생각난다");
            formal.append(when).append(" 쓰신 일기가 생각나요");
        }
        if (moodAdj != null) {
            String that = recent != null ? Ko.josa(recent, "은/는") : "그날은";
            casual.append(", ").append(that).append(" ").append(moodAdj).append(" 날이었지.");
            formal.append(". ").append(that).append(" ").append(moodAdj).append(" 날이었죠.");
        } else {
            casual.append(".");
            formal.append(".");
        }
        return new Line(casual.toString(), formal.toString());
    }

    /** "오늘", "어제", "그저께" for the last three days of the owner's calendar, else null. */
    private static String relativeDay(LocalDate date, LocalDate today) {
        if (date == null || today == null) {
            return null;
        }
        long back = ChronoUnit.DAYS.between(date, today);
        return back == 0 ? "오늘" : back == 1 ? "어제" : back == 2 ? "그저께" : null;
    }

    private static Line followUp(double valence, String topic, String key) {
        if (valence <= -2) {
            return new Line("지금은 마음이 좀 어때?", "지금은 마음이 좀 어떠세요?");
        }
        if (topic != null) {
            return new Line(Ko.josa(topic, "은/는") + " 요즘 어때?", Ko.josa(topic, "은/는") + " 요즘 어떠세요?");
        }
        if (valence >= 2) {
            return new Line("그중에 제일 좋았던 순간은 뭐였어?", "그중에 가장 좋았던 순간은 뭐였어요?");
        }
        return Ko.pick(List.of(new Line("오늘 하루는 어땠어?", "오늘 하루는 어떠셨어요?"),
                new Line("요즘 제일 자주 떠오르는 생각은 뭐야?", "요즘 가장 자주 떠오르는 생각은 뭐예요?")), key);
    }

    private static List<Line> safetyLines() {
        return List.of(
                new Line("그렇게까지 힘든 마음을 꺼내 줘서 고마워, 지금 정말 걱정돼.",
                        "그렇게까지 힘든 마음을 말해 주셔서 고마워요, 지금 정말 걱정돼요."),
                new Line("이 마음을 혼자 견디지 않았으면 좋겠어. 자살예방상담전화 109나 정신건강위기상담 1577-0199에 전화하면 24시간 언제든 이야기를 들어줘.",
                        "이 마음을 혼자 견디지 않으셨으면 좋겠어요. 자살예방상담전화 109나 정신건강위기상담 1577-0199에 전화하시면 24시간 언제든 이야기를 들어줘요."),
                new Line("지금 당장 위험하다고 느껴지면 바로 119에 연락해 줘. 나는 AI라서 곁에 있어 줄 사람이 꼭 필요해.",
                        "지금 당장 위험하다고 느껴지시면 바로 119에 연락해 주세요. 저는 AI라서 곁에 있어 줄 사람이 꼭 필요해요."));
    }

    private static String render(List<Line> lines, String tone, boolean humor) {
        List<String> out = new ArrayList<>();
        for (Line l : lines) {
            out.add(switch (tone) {
                case "formal" -> l.formal();
                case "cute" -> cute(l.casual());
                default -> l.casual();
            });
        }
        String text = String.join(" ", out);
        if (humor && !"formal".equals(tone)) {
            text = text + " ㅋㅋ";
        }
        return text;
    }

    /** Cute register: softer sentence ends (~, 당/징) on a casual sentence. */
    static String cute(String casual) {
        String s = casual.replaceAll("다\\.(\\s|$)", "당~$1").replaceAll("야\\.(\\s|$)", "양~$1")
                .replaceAll("어\\.(\\s|$)", "어용~$1").replaceAll("지\\.(\\s|$)", "징~$1")
                .replaceAll("\\.(\\s|$)", "~$1").replaceAll("\\?(\\s|$)", "?!$1");
        return s;
    }
}
