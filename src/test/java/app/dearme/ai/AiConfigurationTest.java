package app.dearme.ai;

import app.dearme.platform.text.KoreanAnalyzer;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import app.dearme.ai.openai.OpenAiCompatibleEngine;

class AiConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(AiConfiguration.class)
            .withBean(MeterRegistry.class, SimpleMeterRegistry::new);

    @Test
    void localIsTheDefaultPrimaryEngineAndIsMetered() {
        runner.run(ctx -> {
            AiEngine engine = ctx.getBean(AiEngine.class);
            assertThat(engine).isInstanceOf(MeteredLocalEngine.class);
            assertThat(ctx).hasSingleBean(KoreanAnalyzer.class).hasSingleBean(LocalKoreanEngine.class);
            assertThat(ctx.getBean(AiProperties.class).provider()).isEqualTo("local");
            engine.weeklySummary(java.util.List.of());
            assertThat(ctx.getBean(MeterRegistry.class).find("dearme.ai.requests")
                    .tags("feature", "weekly_summary", "engine", "local", "outcome", "ok").counter().count()).isEqualTo(1);
            assertThat(ctx.getBean(AiMeter.class).totals().today().calls()).isEqualTo(1);
        });
    }

    @Test
    void providerOpenAiSelectsTheOpenAiCompatibleEngine() {
        runner.withPropertyValues("dearme.ai.provider=openai", "dearme.ai.base-url=http://127.0.0.1:9",
                "dearme.ai.api-key=sk-x", "dearme.ai.model=llama3.1", "dearme.ai.prices[llama3.1].input-per-million=0.1",
                "dearme.ai.prices[llama3.1].output-per-million=0.2", "dearme.ai.first-token-timeout=3s").run(ctx -> {
            assertThat(ctx.getBean(AiEngine.class)).isInstanceOf(OpenAiCompatibleEngine.class);
            AiProperties p = ctx.getBean(AiProperties.class);
            assertThat(p.model()).isEqualTo("llama3.1");
            assertThat(p.firstTokenTimeout()).hasSeconds(3);
            assertThat(p.cost("llama3.1", 1_000_000, 1_000_000)).isEqualTo(0.3, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(p.prices()).containsKey("gpt-4o-mini");
        });
    }
}
