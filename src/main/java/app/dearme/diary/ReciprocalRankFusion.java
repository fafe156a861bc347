package app.dearme.diary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reciprocal rank fusion (Cormack et al., 2009): a diary's fused score is the sum over rankings of
 * 1 / (K + rank). Ranks, not raw scores, are combined, so a ts_rank and a cosine similarity need no common scale.
 * K = 60 as in the paper: it keeps one list's top hit from drowning out agreement between lists.
 */
final class ReciprocalRankFusion {

    static final int K = 60;

    private ReciprocalRankFusion() {
    }

    /** Best first; ties keep the order of first appearance (full text before vectors). */
    static List<DiaryReader.Hit> fuse(List<List<DiaryReader.Hit>> rankings, int limit) {
        Map<Long, DiaryReader.Hit> byId = new LinkedHashMap<>();
        Map<Long, Double> score = new LinkedHashMap<>();
        for (List<DiaryReader.Hit> ranking : rankings) {
            for (int r = 0; r < ranking.size(); r++) {
                DiaryReader.Hit h = ranking.get(r);
                byId.putIfAbsent(h.diary().id(), h);
                score.merge(h.diary().id(), 1.0 / (K + r + 1), Double::sum);
            }
        }
        List<DiaryReader.Hit> fused = new ArrayList<>();
        score.forEach((id, s) -> fused.add(new DiaryReader.Hit(byId.get(id).diary(), s)));
        fused.sort(Comparator.comparingDouble(DiaryReader.Hit::score).reversed());
        return fused.subList(0, Math.min(limit, fused.size()));
    }
}
