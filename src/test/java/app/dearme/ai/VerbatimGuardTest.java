package app.dearme.ai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class VerbatimGuardTest {

    private static final List<String> DIARIES = List.of("오늘 아침에 한강에서 러닝을 했다. 5킬로를 뛰고 나니 진짜 개운했다.");

    @Test
    void detectsATwelveCharacterRunEvenWithDifferentSpacing() {
        assertThat(VerbatimGuard.overlaps("나 오늘아침에한강에서 러닝을 했어!", DIARIES)).isTrue();
        assertThat(VerbatimGuard.overlaps("한강에서 달리면 기분 좋지!", DIARIES)).isFalse();
    }

    @Test
    void elevenCharactersAreNotACopy() {
        assertThat(VerbatimGuard.overlaps("한강에서러닝을했", DIARIES)).isFalse();
    }

    @Test
    void redactsOnlyTheSharedRun() {
        String r = VerbatimGuard.redact("있잖아, 한강에서 러닝을 했다. 5킬로를 뛰고 나니 좋더라", DIARIES);
        assertThat(r).startsWith("있잖아, ").contains("…").doesNotContain("러닝을 했다. 5킬로");
        assertThat(VerbatimGuard.overlaps(r, DIARIES)).isFalse();
    }

    @Test
    void commonPhrasesAreAllowed() {
        assertThat(VerbatimGuard.overlaps("오늘 하루도 수고했어", List.of("오늘 하루도 수고했어. 잘 자"))).isFalse();
    }
}
