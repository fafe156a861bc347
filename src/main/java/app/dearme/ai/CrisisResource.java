package app.dearme.ai;

import java.util.List;

public record CrisisResource(String name, String phone, String description) {

    /** SPEC §9.4 — Korean crisis lines. */
    public static final List<CrisisResource> KOREA = List.of(
            new CrisisResource("자살예방상담전화", "109", "24시간 자살 예방 상담"),
            new CrisisResource("정신건강위기상담", "1577-0199", "24시간 정신건강 위기 상담"),
            new CrisisResource("응급", "119", "긴급한 위험이 있을 때"));
}
