package app.dearme.ai;

import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records every AI call (SPEC §9.1): Micrometer {@code dearme_ai_requests_total},
 * {@code dearme_ai_tokens_total{direction}}, {@code dearme_ai_latency_seconds},
 * {@code dearme_ai_cost_usd_total}, plus the daily table rollup. Metering never breaks a feature.
 */
public class AiMeter {

    public enum Outcome { ok, fallback, error }

    private static final Logger log = LoggerFactory.getLogger(AiMeter.class);

    private final MeterRegistry registry;
    private final AiUsageRollup rollup;
    private final AiProperties properties;

    public AiMeter(MeterRegistry registry, AiUsageRollup rollup, AiProperties properties) {
        this.registry = registry;
        this.rollup = rollup;
        this.properties = properties;
    }

    public void record(AiFeature feature, String engine, String model, Duration latency, long tokensIn,
                       long tokensOut, Outcome outcome) {
        double cost = properties.cost(model, tokensIn, tokensOut);
        try {
            String f = feature.name();
            Counter.builder("dearme.ai.requests").description("AI calls")
                    .tags("feature", f, "engine", engine, "model", model, "outcome", outcome.name())
                    .register(registry).increment();
            if (tokensIn > 0) {
                Counter.builder("dearme.ai.tokens").tags("feature", f, "engine", engine, "model", model, "direction", "in")
                        .register(registry).increment(tokensIn);
            }
            if (tokensOut > 0) {
                Counter.builder("dearme.ai.tokens").tags("feature", f, "engine", engine, "model", model, "direction", "out")
                        .register(registry).increment(tokensOut);
            }
            Timer.builder("dearme.ai.latency").tags("feature", f, "engine", engine, "model", model)
                    .publishPercentileHistogram().register(registry).record(latency);
            if (cost > 0) {
                Counter.builder("dearme.ai.cost.usd").tags("feature", f, "engine", engine, "model", model)
                        .register(registry).increment(cost);
            }
        } catch (RuntimeException e) {
            log.warn("AI metrics failed: {}", e.toString());
        }
        try {
            rollup.add(feature, engine, model, outcome != Outcome.ok, tokensIn, tokensOut, cost, latency.toMillis());
        } catch (RuntimeException e) {
            log.warn("AI usage rollup failed: {}", e.toString());
        }
    }

    public AiUsageTotals totals() {
        return rollup.totals();
    }
}
