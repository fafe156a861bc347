package app.dearme.ai;

import app.dearme.platform.text.KoreanAnalyzer;

import java.time.Clock;
import java.time.ZoneId;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

import app.dearme.ai.openai.OpenAiCompatibleEngine;

/**
 * Wires the AI module. Exactly one primary {@link AiEngine}: the metered local engine, or the
 * OpenAI-compatible engine (which falls back to the local one) when {@code dearme.ai.provider=openai}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({AiProperties.class, LocalEngineProperties.class})
public class AiConfiguration {

    @Bean
    public KoreanAnalyzer koreanAnalyzer() {
        return new KoreanAnalyzer();
    }

    @Bean
    public LocalKoreanEngine localKoreanEngine(KoreanAnalyzer koreanAnalyzer) {
        return new LocalKoreanEngine(koreanAnalyzer);
    }

    @Bean
    public AiUsageRollup aiUsageRollup(ObjectProvider<JdbcTemplate> jdbc, AiProperties properties,
                                       ObjectProvider<Clock> clock) {
        // the accounting day of AI usage is the service's (dearme.ai.usage-zone), not a user's: no UserClock here
        AiUsageRollup rollup = new AiUsageRollup(jdbc.getIfAvailable(), ZoneId.of(properties.usageZone()),
                clock.getIfAvailable(Clock::systemUTC));
        rollup.startPeriodicFlush(properties.usageFlushInterval());
        return rollup;
    }

    @Bean
    public AiMeter aiMeter(ObjectProvider<MeterRegistry> registry, AiUsageRollup aiUsageRollup, AiProperties properties) {
        return new AiMeter(registry.getIfAvailable(() -> Metrics.globalRegistry), aiUsageRollup, properties);
    }

    @Bean
    @Primary
    public AiEngine aiEngine(AiProperties properties, LocalEngineProperties localProperties,
                             LocalKoreanEngine localKoreanEngine, AiMeter aiMeter) {
        if (properties.openAi()) {
            return new OpenAiCompatibleEngine(properties, localKoreanEngine, aiMeter);
        }
        return new MeteredLocalEngine(localKoreanEngine, aiMeter, localProperties.streamPace());
    }

    /** Bean name fixed: the platform's /health reads the indicator by this name (Actuator shows it as "ai"). */
    @Bean("aiHealthIndicator")
    HealthIndicator aiHealthIndicator(AiEngine aiEngine) {
        return new AiHealthIndicator(aiEngine);
    }
}
