package app.dearme.ai;

import static org.assertj.core.api.Assertions.assertThat;

import app.dearme.ai.openai.OpenAiCompatibleEngine;
import app.dearme.platform.text.KoreanAnalyzer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;

/** The ai module's own health report, which /health renders as its "ai" component (issue 17). */
class AiHealthIndicatorTest {

    private static final LocalKoreanEngine LOCAL = new LocalKoreanEngine(new KoreanAnalyzer());

    @Test
    void localEngineIsUpAndSaysSo() {
        AiMeter meter = meter(props("local"));
        Health h = new AiHealthIndicator(new MeteredLocalEngine(LOCAL, meter, Duration.ZERO)).health();
        assertThat(h.getStatus().getCode()).isEqualTo("UP");
        assertThat(h.getDetails()).containsEntry("engine", "local").doesNotContainKey("circuit");
    }

    @Test
    void openCircuitIsReportedAsFallbackNotAsDown() {
        AiProperties props = props("openai");
        OpenAiCompatibleEngine engine = new OpenAiCompatibleEngine(props, LOCAL, meter(props));
        AiHealthIndicator indicator = new AiHealthIndicator(engine);
        assertThat(indicator.health().getDetails()).containsEntry("engine", "openai")
                .containsEntry("circuit", "CLOSED").containsEntry("fallback_active", false);

        engine.circuitBreaker().transitionToOpenState();
        Health open = indicator.health();
        assertThat(open.getStatus().getCode()).isEqualTo("UP");
        assertThat(open.getDetails()).containsEntry("circuit", "OPEN").containsEntry("fallback_active", true);
    }

    private static AiProperties props(String provider) {
        return new AiProperties(provider, "http://127.0.0.1:9", "sk-test", "m", "", Duration.ofSeconds(1),
                Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1), 0, Duration.ofMillis(10), 0.5f,
                null, "Asia/Seoul", Duration.ZERO);
    }

    private static AiMeter meter(AiProperties props) {
        return new AiMeter(new SimpleMeterRegistry(), new AiUsageRollup(null, ZoneId.of("Asia/Seoul"), Clock.systemUTC()),
                props);
    }
}
