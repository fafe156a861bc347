package app.dearme.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhasesTest {

    @Test
    void phaseFollowsTheGuidesThresholds() {
        assertThat(Phases.of(0)).isEqualTo(1);
        assertThat(Phases.of(499)).isEqualTo(1);
        assertThat(Phases.of(500)).isEqualTo(2);
        assertThat(Phases.of(999)).isEqualTo(2);
        assertThat(Phases.of(4_999)).isEqualTo(2);
        assertThat(Phases.of(5_000)).isEqualTo(3);
        assertThat(Phases.of(1_000_000)).isEqualTo(3);
    }

    @Test
    void adviceNamesTheNextThresholdAndExplainsInKorean() {
        var p1 = Phases.advise(12);
        assertThat(p1.current()).isEqualTo(1);
        assertThat(p1.nextThreshold()).isEqualTo(500L);
        assertThat(p1.dau()).isEqualTo(12);
        assertThat(p1.reason()).contains("DAU 12명").contains("Phase 2");
        var p2 = Phases.advise(1_200);
        assertThat(p2.nextThreshold()).isEqualTo(5_000L);
        assertThat(p2.reason()).contains("1,200명");
        var p3 = Phases.advise(7_000);
        assertThat(p3.current()).isEqualTo(3);
        assertThat(p3.nextThreshold()).isNull();
        assertThat(p3.name()).startsWith("Phase 3");
    }
}
