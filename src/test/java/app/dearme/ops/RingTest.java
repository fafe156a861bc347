package app.dearme.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RingTest {

    @Test
    void keepsTheNewestValuesOldestFirstWithinItsCapacity() {
        Ring<Integer> r = new Ring<>(3);
        assertThat(r.snapshot()).isEmpty();
        assertThat(r.newest()).isNull();
        r.add(1);
        r.add(2);
        assertThat(r.snapshot()).containsExactly(1, 2);
        for (int i = 3; i <= 10; i++) {
            r.add(i);
        }
        assertThat(r.snapshot()).containsExactly(8, 9, 10);
        assertThat(r.newest()).isEqualTo(10);
        assertThatThrownBy(() -> new Ring<>(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anHourOfTenSecondTicksIsThreeHundredSixtyPoints() {
        assertThat(OpsHistory.capacity(Duration.ofHours(1), Duration.ofSeconds(10))).isEqualTo(360);
        assertThat(OpsHistory.capacity(Duration.ofSeconds(5), Duration.ofSeconds(10))).isEqualTo(1);
        assertThat(OpsHistory.capacity(Duration.ofDays(365), Duration.ofSeconds(1))).isEqualTo(100_000);
    }
}
