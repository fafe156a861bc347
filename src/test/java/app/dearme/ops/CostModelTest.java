package app.dearme.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CostModelTest {

    private static final OpsProperties.Cost DEFAULTS = new OpsProperties.Cost(50, 400, 2500, 1000, 5000, 20000);

    @Test
    void measuredAiCostIsProjectedToThirtyDaysAndScaledByReferenceDau() {
        // $10 in 10 days → $30/month for 100 DAU → $0.30 per DAU → Phase 1 (1,000 DAU) $300
        var c = CostModel.project(DEFAULTS, new BigDecimal("10"), 10, 100);
        assertThat(c.measured().aiProjectedMonthUsd()).isEqualByComparingTo("30");
        assertThat(c.measured().aiUsdPerDauMonth()).isEqualByComparingTo("0.3");
        assertThat(c.phases()).extracting(OpsDtos.PhaseCost::phase).containsExactly(1, 2, 3);
        assertThat(c.phases().get(0).aiUsdPerMonth()).isEqualByComparingTo("300");
        assertThat(c.phases().get(0).total()).isEqualByComparingTo("350");
        assertThat(c.phases().get(1).aiUsdPerMonth()).isEqualByComparingTo("1500");
        assertThat(c.phases().get(2).infrastructureUsdPerMonth()).isEqualByComparingTo("2500");
        assertThat(c.phases().get(2).total()).isEqualByComparingTo("8500");
        assertThat(c.assumptions()).contains("추정치").contains("$400").contains("$2,500").contains("10일");
    }

    @Test
    void aFreeAiEngineCostsNothingAtAnyScale() {
        var c = CostModel.project(DEFAULTS, BigDecimal.ZERO, 3, 0);
        assertThat(c.phases()).allSatisfy(p -> {
            assertThat(p.aiUsdPerMonth()).isEqualByComparingTo("0");
            assertThat(p.total()).isEqualByComparingTo(p.infrastructureUsdPerMonth());
        });
    }

    @Test
    void spendingWithoutActiveUsersLeavesAiUnknownRatherThanZero() {
        var c = CostModel.project(DEFAULTS, new BigDecimal("2"), 5, 0);
        assertThat(c.measured().aiProjectedMonthUsd()).isEqualByComparingTo("12");
        assertThat(c.phases()).allSatisfy(p -> {
            assertThat(p.aiUsdPerMonth()).isNull();
            assertThat(p.total()).isNull();
            assertThat(p.infrastructureUsdPerMonth()).isPositive();
        });
        assertThat(c.assumptions()).contains("null");
    }
}
