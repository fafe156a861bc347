package app.dearme.ai;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OverallStatusTest {

    private static MentalScores s(int a, int b, int c, int d, int e, int f) {
        return new MentalScores(a, b, c, d, e, f);
    }

    @Test
    void criticalNeedsFourAxesAtOrBelowThirty() {
        assertThat(OverallStatus.of(s(30, 30, 30, 30, 90, 90))).isEqualTo(OverallStatus.critical);
        assertThat(OverallStatus.of(s(30, 30, 30, 31, 90, 90))).isEqualTo(OverallStatus.concerning);
    }

    @Test
    void concerningNeedsTwoLowAxesAndWinsOverGood() {
        assertThat(OverallStatus.of(s(30, 30, 60, 60, 60, 60))).isEqualTo(OverallStatus.concerning);
        assertThat(OverallStatus.of(s(30, 31, 60, 60, 60, 60))).isEqualTo(OverallStatus.good);
    }

    @Test
    void goodNeedsFourAxesAtOrAboveSixty() {
        assertThat(OverallStatus.of(s(60, 60, 60, 60, 50, 50))).isEqualTo(OverallStatus.good);
        assertThat(OverallStatus.of(s(60, 60, 60, 59, 50, 50))).isEqualTo(OverallStatus.neutral);
    }

    @Test
    void clampKeepsScoresInRange() {
        assertThat(s(-5, 105, 50, 0, 100, 101).clamped().asArray()).containsExactly(0, 100, 50, 0, 100, 100);
    }
}
