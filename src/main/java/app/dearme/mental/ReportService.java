package app.dearme.mental;

import app.dearme.ai.AiEngine;
import app.dearme.vocabulary.DiaryText;
import app.dearme.ai.MentalScores;
import app.dearme.ai.ReportInput;
import app.dearme.ai.ReportInsights;
import app.dearme.diary.DiaryReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Weekly and monthly reports (SPEC §12). A report is regenerated only when the analyses it is built from
 * (this period's and the previous period's, which feed the trend) changed — compared by a source hash.
 */
@Service
class ReportService {

    private final AnalysisStore analyses;
    private final ReportStore reports;
    private final AiEngine ai;
    private final DiaryReader diaries;
    private final TransactionTemplate tx;

    ReportService(AnalysisStore analyses, ReportStore reports, AiEngine ai, DiaryReader diaries,
                  PlatformTransactionManager txm) {
        this.analyses = analyses;
        this.reports = reports;
        this.ai = ai;
        this.diaries = diaries;
        this.tx = new TransactionTemplate(txm);
    }

    /**
     * The period's report, generated or refreshed as needed; empty when the period has no analysis. Must not
     * run inside a transaction: the AI call (up to minutes with an LLM) holds no pooled connection — the inputs
     * are read statement by statement, and the write is its own short transaction. Two concurrent refreshes
     * both generate and the upsert keeps one; the source hash makes the next read settle.
     */
    Optional<ReportView> ensure(long userId, ReportPeriod period) {
        List<Analysis> current = ascending(analyses.between(userId, period.start(), period.end()));
        if (current.isEmpty()) {
            return Optional.empty();
        }
        ReportPeriod prevPeriod = period.previous();
        List<Analysis> previous = analyses.between(userId, prevPeriod.start(), prevPeriod.end());
        String hash = hash(current, previous);
        Optional<ReportStore.Stored> existing = reports.find(userId, period);
        if (existing.isPresent() && existing.get().sourceHash().equals(hash)) {
            return Optional.of(existing.get().view());
        }
        ReportView built = build(userId, period, current, previous);
        return Optional.of(tx.execute(s -> reports.upsert(userId, built, hash)).view());
    }

    private ReportView build(long userId, ReportPeriod period, List<Analysis> current, List<Analysis> previous) {
        MentalScores avg = average(current);
        Map<String, Integer> averages = axisMap(avg);
        Map<String, Integer> deltas = new LinkedHashMap<>();
        ReportView.Trend trend;
        if (previous.isEmpty()) {
            trend = new ReportView.Trend(false, null, ReportView.AxisTrend.of(null), ReportView.AxisTrend.of(null));
        } else {
            Map<String, Integer> prev = axisMap(average(previous));
            averages.forEach((axis, v) -> deltas.put(axis, v - prev.get(axis)));
            trend = new ReportView.Trend(true, period.previous().start(),
                    ReportView.AxisTrend.of(deltas.get("emotional_stability")),
                    ReportView.AxisTrend.of(deltas.get("positivity")));
        }
        List<ReportInput.DailyScore> daily = current.stream()
                .map(a -> new ReportInput.DailyScore(a.analysisDate(), a.scores(), a.status())).toList();
        List<String> topics = diaries.between(userId, period.start(), period.end(), true).stream()
                .map(DiaryText::title).limit(10).toList();
        ReportInsights insights = ai.reportInsights(new ReportInput(period.type().name(), period.start(), period.end(),
                avg, deltas, daily, topics));
        List<ReportView.DailyScore> dailyView = current.stream().map(a -> {
            MentalScores s = a.scores();
            return new ReportView.DailyScore(a.analysisDate(), s.emotionalStability(), s.vitality(), s.selfEsteem(),
                    s.positivity(), s.socialConnection(), s.resilience(), a.status().name());
        }).toList();
        return new ReportView(0, period.type().name(), period.start(), period.end(), averages, trend,
                three(insights.insights()), three(insights.recommendations()), dailyView, dailyView.size(), null, null);
    }

    private static List<String> three(List<String> in) {
        List<String> out = new ArrayList<>(in == null ? List.of() : in);
        return out.size() > 3 ? List.copyOf(out.subList(0, 3)) : List.copyOf(out);
    }

    static MentalScores average(List<Analysis> list) {
        int n = list.size();
        double[] sum = new double[6];
        for (Analysis a : list) {
            int[] v = a.scores().asArray();
            for (int i = 0; i < 6; i++) {
                sum[i] += v[i];
            }
        }
        int[] r = new int[6];
        for (int i = 0; i < 6; i++) {
            r[i] = (int) Math.round(sum[i] / n);
        }
        return new MentalScores(r[0], r[1], r[2], r[3], r[4], r[5]);
    }

    static Map<String, Integer> axisMap(MentalScores s) {
        Map<String, Integer> m = new LinkedHashMap<>();
        int[] v = s.asArray();
        for (int i = 0; i < v.length; i++) {
            m.put(Analysis.AXES[i], v[i]);
        }
        return m;
    }

    private static List<Analysis> ascending(List<Analysis> list) {
        return list.stream().sorted(Comparator.comparing(Analysis::analysisDate).thenComparing(Analysis::id)).toList();
    }

    private static String hash(List<Analysis> current, List<Analysis> previous) {
        StringBuilder sb = new StringBuilder();
        for (List<Analysis> part : List.of(current, previous)) {
            part.stream().sorted(Comparator.comparing(Analysis::id)).forEach(a -> sb.append(a.id()).append(':')
                    .append(a.analysisDate()).append(':').append(java.util.Arrays.toString(a.scores().asArray()))
                    .append(':').append(a.status()).append(':').append(a.createdAt()).append(';'));
            sb.append('|');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
