package app.dearme.ai.local;

import app.dearme.ai.MentalTrend;
import app.dearme.ai.local.ChatResponder.Line;
import java.util.ArrayList;
import java.util.List;

/**
 * "나 요즘 어때 보여?" answered from the owner's analyses: the axis that moved most since the week before (or the
 * lowest one), said in words rather than numbers, then one small suggestion for that axis.
 */
final class TrendLines {

    /** Week-over-week change (0–100 scale) worth mentioning. */
    static final int NOTABLE = 5;
    /** Below this an axis reads as low even without a previous week. */
    static final int LOW = 50;

    private static final String[] LABELS = {"마음의 안정감", "활력", "자존감", "긍정적인 마음", "사람들과의 연결감", "회복력"};

    private static final Line[] CARE = {
            new Line("마음이 흔들릴 땐 잠깐 숨 고르는 시간을 가져 보자.", "마음이 흔들릴 땐 잠깐 숨 고르는 시간을 가져 보세요."),
            new Line("오늘은 일찍 쉬면서 기운을 좀 채워 보자.", "오늘은 일찍 쉬면서 기운을 좀 채워 보세요."),
            new Line("요즘 잘한 일 하나만 떠올려 보자, 분명 있을 거야.", "요즘 잘하신 일 하나만 떠올려 보세요, 분명 있을 거예요."),
            new Line("작은 좋은 일 하나만 찾아서 적어 보자.", "작은 좋은 일 하나만 찾아서 적어 보세요."),
            new Line("가까운 사람한테 가볍게 안부 한번 건네 보자.", "가까운 분께 가볍게 안부 한번 건네 보세요."),
            new Line("천천히 가도 괜찮아, 다시 일어나는 중이잖아.", "천천히 가셔도 괜찮아요, 다시 일어나는 중이시잖아요.")};

    private static final Line KEEP_GOING = new Line("이 흐름 그대로 가 보자!", "이 흐름 그대로 가 보세요!");

    private TrendLines() {
    }

    static List<Line> of(MentalTrend t) {
        if (t == null) {
            return List.of(new Line("아직 마음 분석이 쌓인 최근 일기가 없어서 요즘 모습을 말하긴 어려워.",
                            "아직 마음 분석이 쌓인 최근 일기가 없어서 요즘 모습을 말씀드리긴 어려워요."),
                    new Line("일기를 써 주면 달라지는 걸 같이 봐 줄게.", "일기를 써 주시면 달라지는 걸 같이 봐 드릴게요."));
        }
        int[] r = t.recent().asArray();
        int low = argMin(r);
        int high = argMax(r);
        List<Line> out = new ArrayList<>();
        if (t.previous() != null) {
            int[] p = t.previous().asArray();
            int[] d = new int[r.length];
            for (int i = 0; i < r.length; i++) {
                d[i] = r[i] - p[i];
            }
            int down = argMin(d);
            int up = argMax(d);
            if (d[down] <= -NOTABLE) {
                out.add(new Line("요즘 " + subj(LABELS[down]) + " 좀 떨어져 보여.", "요즘 " + subj(LABELS[down]) + " 조금 떨어져 보여요."));
                out.add(d[up] >= NOTABLE
                        ? new Line("지난주보다 " + topic(LABELS[down]) + " 내려갔지만 " + topic(LABELS[up]) + " 오히려 올라갔어.",
                                "지난주보다 " + topic(LABELS[down]) + " 내려갔지만 " + topic(LABELS[up]) + " 오히려 올라갔어요.")
                        : new Line("지난주보다 " + subj(LABELS[down]) + " 조금 내려갔거든.",
                                "지난주보다 " + subj(LABELS[down]) + " 조금 내려갔거든요."));
                out.add(CARE[down]);
                return out;
            }
            if (d[up] >= NOTABLE) {
                out.add(new Line("요즘 " + subj(LABELS[up]) + " 좋아 보여!", "요즘 " + subj(LABELS[up]) + " 좋아 보여요!"));
                out.add(new Line("지난주보다 " + subj(LABELS[up]) + " 올라갔어.", "지난주보다 " + subj(LABELS[up]) + " 올라갔어요."));
                out.add(KEEP_GOING);
                return out;
            }
            out.add(new Line("요즘은 지난주랑 비슷하게 잔잔하게 지내는 것 같아.", "요즘은 지난주와 비슷하게 잔잔하게 지내시는 것 같아요."));
        } else {
            out.add(r[low] < LOW
                    ? new Line("요즘 " + subj(LABELS[low]) + " 좀 낮아 보여.", "요즘 " + subj(LABELS[low]) + " 조금 낮아 보여요.")
                    : new Line("요즘 " + subj(LABELS[high]) + " 좋아 보여!", "요즘 " + subj(LABELS[high]) + " 좋아 보여요!"));
        }
        if (r[low] < LOW) {
            out.add(new Line("다만 " + topic(LABELS[low]) + " 조금 낮은 편이야.", "다만 " + topic(LABELS[low]) + " 조금 낮은 편이에요."));
            out.add(CARE[low]);
        } else {
            out.add(new Line("특히 " + subj(LABELS[high]) + " 좋은 편이야.", "특히 " + subj(LABELS[high]) + " 좋은 편이에요."));
            out.add(KEEP_GOING);
        }
        return dedupe(out);
    }

    /** "요즘 X가 좀 낮아 보여" followed by "다만 X는 조금 낮은 편이야" says one thing twice. */
    private static List<Line> dedupe(List<Line> lines) {
        if (lines.size() == 3 && lines.get(0).casual().contains("낮아 보여") && lines.get(1).casual().startsWith("다만")) {
            return List.of(lines.get(0), lines.get(2));
        }
        return lines;
    }

    private static String subj(String label) {
        return Ko.josa(label, "이/가");
    }

    private static String topic(String label) {
        return Ko.josa(label, "은/는");
    }

    private static int argMin(int[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] < v[best]) {
                best = i;
            }
        }
        return best;
    }

    private static int argMax(int[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }
}
