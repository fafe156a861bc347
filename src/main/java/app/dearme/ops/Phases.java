package app.dearme.ops;

import java.util.Locale;

/**
 * The scaling guide's phases: Phase 1 is planned for under 1,000 DAU, but Phase 2 is entered at
 * 500 DAU so the work is done before it is needed; Phase 3 at 5,000 DAU.
 */
final class Phases {

    static final long PHASE_2_AT = 500;
    static final long PHASE_3_AT = 5_000;

    private Phases() {
    }

    static int of(long dau) {
        return dau >= PHASE_3_AT ? 3 : dau >= PHASE_2_AT ? 2 : 1;
    }

    static String name(int phase) {
        return switch (phase) {
            case 1 -> "Phase 1 · 단일 서버";
            case 2 -> "Phase 2 · 수평 확장";
            default -> "Phase 3 · 서비스 분리와 오토스케일링";
        };
    }

    static OpsDtos.Phase advise(long dau) {
        int current = of(dau);
        String dauText = String.format(Locale.ROOT, "%,d", dau);
        return switch (current) {
            case 1 -> new OpsDtos.Phase(1, name(1), dau, PHASE_2_AT, "DAU " + dauText
                    + "명으로 500명 미만입니다. 단일 서버(앱 + PostgreSQL + 로컬 캐시)로 충분하며, "
                    + "DAU 500명부터 Phase 2(앱 다중화, Redis, PgBouncer, 읽기 복제본)를 준비하세요.");
            case 2 -> new OpsDtos.Phase(2, name(2), dau, PHASE_3_AT, "DAU " + dauText
                    + "명으로 500명 이상입니다. 앱 인스턴스 2대 이상, Redis 공유 캐시, PgBouncer, 읽기 복제본을 적용하세요. "
                    + "DAU 5,000명부터 Phase 3입니다.");
            default -> new OpsDtos.Phase(3, name(3), dau, null, "DAU " + dauText
                    + "명으로 5,000명 이상입니다. Kubernetes 오토스케일링, 인증·일기·AI 서비스 분리, "
                    + "Redis 클러스터와 더 큰 데이터베이스가 필요합니다.");
        };
    }
}
