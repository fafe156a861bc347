package app.dearme.ops;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Monthly cost per phase: the configured infrastructure estimate plus the measured AI cost, projected
 * to 30 days and scaled from today's DAU to each phase's reference DAU.
 */
final class CostModel {

    private static final int SCALE = 4;

    private CostModel() {
    }

    static OpsDtos.Cost project(OpsProperties.Cost cfg, BigDecimal aiMonthToDate, int daysElapsed, long dau) {
        BigDecimal mtd = aiMonthToDate == null ? BigDecimal.ZERO : aiMonthToDate;
        BigDecimal projected = mtd.multiply(BigDecimal.valueOf(30))
                .divide(BigDecimal.valueOf(Math.max(1, daysElapsed)), SCALE, RoundingMode.HALF_UP);
        // AI cost per active user and month; unknown when money was spent but nobody is active today
        BigDecimal perDau = projected.signum() == 0 ? BigDecimal.ZERO
                : dau > 0 ? projected.divide(BigDecimal.valueOf(dau), 6, RoundingMode.HALF_UP) : null;
        List<OpsDtos.PhaseCost> phases = new ArrayList<>();
        for (int p = 1; p <= 3; p++) {
            BigDecimal infra = BigDecimal.valueOf(cfg.infraUsd(p)).setScale(2, RoundingMode.HALF_UP);
            int ref = cfg.referenceDau(p);
            BigDecimal ai = perDau == null ? null
                    : perDau.multiply(BigDecimal.valueOf(ref)).setScale(SCALE, RoundingMode.HALF_UP);
            phases.add(new OpsDtos.PhaseCost(p, Phases.name(p), ref, infra, ai, ai == null ? null : infra.add(ai)));
        }
        OpsDtos.Measured measured = new OpsDtos.Measured(mtd, daysElapsed, projected, dau, perDau);
        return new OpsDtos.Cost(measured, phases, assumptions(cfg, daysElapsed, dau, perDau));
    }

    private static String assumptions(OpsProperties.Cost cfg, int days, long dau, BigDecimal perDau) {
        String ai = perDau == null
                ? "오늘 활동한 사용자가 없어 사용자당 AI 비용을 계산할 수 없으므로 AI 비용과 합계는 null입니다."
                : String.format(Locale.ROOT, "AI 비용은 이번 달 실측 비용 ÷ 경과 %d일 × 30일을 현재 DAU %,d명으로 나눈 사용자당 비용에 "
                        + "각 단계의 기준 DAU를 곱한 값입니다(사용 패턴이 같다고 가정).", days, dau);
        return String.format(Locale.ROOT, "인프라 비용은 배포 환경마다 다른 설정 가능한 추정치입니다(dearme.ops.cost.*): "
                        + "Phase 1 단일 소형 서버 $%s, Phase 2 앱 2대 + 관리형 PostgreSQL + 읽기 복제본 + Redis $%s, "
                        + "Phase 3 Kubernetes 클러스터 + 대형 DB + Redis 클러스터 $%s (월 기준). "
                        + "기준 DAU는 Phase 1 %,d명, Phase 2 %,d명, Phase 3 %,d명입니다. %s "
                        + "Infrastructure figures are configurable estimates; AI figures are measured and projected.",
                plain(cfg.phase1InfraUsd()), plain(cfg.phase2InfraUsd()), plain(cfg.phase3InfraUsd()),
                cfg.phase1ReferenceDau(), cfg.phase2ReferenceDau(), cfg.phase3ReferenceDau(), ai);
    }

    private static String plain(double usd) {
        return usd == Math.rint(usd) ? String.format(Locale.ROOT, "%,.0f", usd) : String.format(Locale.ROOT, "%,.2f", usd);
    }
}
