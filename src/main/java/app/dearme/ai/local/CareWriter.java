package app.dearme.ai.local;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import app.dearme.ai.CrisisResource;
import app.dearme.ai.Feedback;
import app.dearme.ai.MentalScores;
import app.dearme.ai.OverallStatus;
import app.dearme.ai.ReportInput;
import app.dearme.ai.ReportInsights;

/** Mental-care prose: analysis summaries, feedback and report insights, grounded in the numbers. */
public final class CareWriter {

    private static final Map<Integer, String> SUGGESTION_BY_AXIS = Map.of(
            0, "잠들기 전 5분만 숨을 천천히 세며 호흡해 보세요. 걱정은 종이에 적어 두고 내일 다시 보기로 해요.",
            1, "오늘은 10분만 햇볕을 쬐며 걸어 보세요. 몸이 먼저 움직이면 마음도 조금 따라와요.",
            2, "오늘 잘 해낸 일 세 가지를 아주 작은 것이라도 적어 보세요.",
            3, "오늘 있었던 일 중 괜찮았던 순간 하나를 떠올려 일기 끝에 적어 보세요.",
            4, "믿을 만한 사람에게 짧은 안부 메시지 하나를 보내 보세요.",
            5, "지금 할 수 있는 가장 작은 일 하나만 정해서 끝내 보세요. 작은 완료가 다시 일어설 힘이 돼요.");
    private static final Map<Integer, String> RECOMMENDATION_BY_AXIS = Map.of(
            0, "하루 한 번, 5분 호흡이나 스트레칭으로 긴장을 풀어 주세요.",
            1, "일주일에 세 번, 20분 산책이나 가벼운 운동을 일정에 넣어 보세요.",
            2, "매일 밤 잘한 일 한 가지를 일기에 적어 보세요.",
            3, "하루에 한 번 고마웠던 일을 한 줄로 남겨 보세요.",
            4, "이번 주에 한 번은 친구나 가족과 직접 만나거나 통화해 보세요.",
            5, "힘든 일이 생기면 '지금 할 수 있는 한 가지'를 적고 그것부터 해 보세요.");

    public String analysisSummary(MentalScores s, List<EmotionScorer.Hit> hits, int contentTokens) {
        int[] v = s.asArray();
        int strongest = argMax(v);
        int weakest = argMin(v);
        List<String> sentences = new ArrayList<>();
        List<String> pos = hits.stream().filter(h -> h.emotion() && h.valence() > 0).sorted(Comparator.comparingDouble(EmotionScorer.Hit::valence).reversed())
                .map(h -> stripDa(h.lemma())).distinct().limit(2).toList();
        List<String> neg = hits.stream().filter(h -> h.emotion() && h.valence() < 0).sorted(Comparator.comparingDouble(EmotionScorer.Hit::valence))
                .map(h -> stripDa(h.lemma())).distinct().limit(2).toList();
        if (contentTokens < 6 || (pos.isEmpty() && neg.isEmpty())) {
            sentences.add("짧거나 담담한 기록이라 마음 상태를 단정하기는 어려워요.");
        } else if (!neg.isEmpty() && (pos.isEmpty() || sum(hits) < 0)) {
            sentences.add("'" + String.join("', '", neg) + "' 같은 마음이 두드러진 하루였어요.");
        } else {
            sentences.add("'" + String.join("', '", pos) + "' 같은 마음이 느껴지는 하루였어요.");
        }
        if (v[strongest] - v[weakest] >= 6) {
            sentences.add(Lexicon.AXIS_LABELS.get(strongest) + "(" + v[strongest] + ")은 비교적 괜찮고, "
                    + Lexicon.AXIS_LABELS.get(weakest) + "(" + v[weakest] + ")은 조금 낮게 나타났어요.");
        } else {
            sentences.add("여섯 지표가 " + v[weakest] + "~" + v[strongest] + " 사이로 고르게 나타났어요.");
        }
        OverallStatus status = OverallStatus.of(s);
        sentences.add(switch (status) {
            case critical, concerning -> "오늘은 스스로를 조금 더 다정하게 돌봐 주세요.";
            case good -> "이 좋은 흐름을 기억해 두면 힘든 날에 도움이 될 거예요.";
            case neutral -> "내일도 있는 그대로 기록해 보세요.";
        });
        return String.join(" ", sentences);
    }

    public Feedback feedback(MentalScores s, OverallStatus status) {
        int[] v = s.asArray();
        int strongest = argMax(v);
        int weakest = argMin(v);
        String strong = Lexicon.AXIS_LABELS.get(strongest) + "(" + v[strongest] + "점)";
        String weak = Lexicon.AXIS_LABELS.get(weakest) + "(" + v[weakest] + "점)";
        return switch (status) {
            case good -> new Feedback("좋음", "요즘 마음이 안정적이에요. 특히 " + Ko.josa(strong, "이/가") + " 높게 나타났어요.",
                    "지금처럼 자신을 아끼는 하루를 이어 가요. 잘하고 있어요!", null, "😊", List.of());
            case neutral -> new Feedback("보통", "큰 흔들림 없이 지내고 있어요. " + Ko.josa(strong, "은/는") + " 힘이 되어 주고, "
                    + Ko.josa(weak, "은/는") + " 조금 더 챙겨 주면 좋겠어요.",
                    "평범한 하루를 기록하는 것만으로도 충분히 의미 있어요.", null, "🙂", List.of());
            case concerning -> new Feedback("주의", "요즘 조금 지쳐 있는 것 같아요. 특히 " + Ko.josa(weak, "이/가") + " 낮게 나타났어요.",
                    "그래도 " + Ko.josa(strong, "은/는") + " 아직 버팀목이 되어 주고 있어요. 천천히 가도 괜찮아요.",
                    SUGGESTION_BY_AXIS.get(weakest), "🫂", List.of());
            case critical -> new Feedback("위험", "여러 지표가 많이 낮아져 있어요. 특히 " + Ko.josa(weak, "이/가") + " 걱정돼요.",
                    "혼자 버티지 않아도 괜찮아요. 지금 느끼는 마음은 도움을 받을 만큼 소중해요.",
                    "전문 상담사와 이야기해 보는 것을 권해요. " + SUGGESTION_BY_AXIS.get(weakest), "💙",
                    CrisisResource.KOREA);
        };
    }

    public ReportInsights report(ReportInput in) {
        String period = "weekly".equals(in.reportType()) ? "이번 주" : "이번 달";
        int[] avg = in.averages() == null ? new int[] {50, 50, 50, 50, 50, 50} : in.averages().asArray();
        int strongest = argMax(avg);
        int weakest = argMin(avg);
        List<String> insights = new ArrayList<>();
        insights.add(period + " " + Lexicon.AXIS_LABELS.get(strongest) + " 평균은 " + avg[strongest] + "점으로 가장 높았어요.");
        insights.add(Lexicon.AXIS_LABELS.get(weakest) + " 평균은 " + avg[weakest] + "점으로 가장 낮아 조금 더 돌봄이 필요해요.");
        Map<String, Integer> trend = in.trend() == null ? Map.of() : in.trend();
        Integer es = trend.get("emotional_stability");
        Integer po = trend.get("positivity");
        int days = in.dailyScores() == null ? 0 : in.dailyScores().size();
        if (es != null || po != null) {
            insights.add("지난 기간보다 정서 안정성은 " + signed(es) + ", 긍정성은 " + signed(po) + " 변했어요.");
        } else {
            long good = in.dailyScores() == null ? 0 : in.dailyScores().stream()
                    .filter(d -> d.status() == OverallStatus.good).count();
            insights.add("기록한 " + days + "일 중 " + good + "일이 '좋음' 상태였어요.");
        }
        List<String> recs = new ArrayList<>();
        int[] order = orderAscending(avg);
        for (int i = 0; i < 3; i++) {
            recs.add(RECOMMENDATION_BY_AXIS.get(order[i]));
        }
        return new ReportInsights(insights, recs);
    }

    private static String signed(Integer v) {
        if (v == null) {
            return "변화 없이(0점)";
        }
        return (v > 0 ? "+" : "") + v + "점";
    }

    /** "잘 하다" (a phrase key) reads as "잘하다". */
    private static String stripDa(String lemma) {
        return lemma.replace(" ", "");
    }

    private static double sum(List<EmotionScorer.Hit> hits) {
        return hits.stream().mapToDouble(EmotionScorer.Hit::valence).sum();
    }

    static int argMax(int[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }

    static int argMin(int[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] < v[best]) {
                best = i;
            }
        }
        return best;
    }

    private static int[] orderAscending(int[] v) {
        Integer[] idx = {0, 1, 2, 3, 4, 5};
        java.util.Arrays.sort(idx, Comparator.comparingInt((Integer i) -> v[i]).thenComparingInt(i -> i));
        int[] out = new int[6];
        for (int i = 0; i < 6; i++) {
            out[i] = idx[i];
        }
        return out;
    }
}
