package app.dearme.ai;

import app.dearme.ai.openai.OpenAiCompatibleEngine;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The AI module reports its own health (issue 17: the platform's /health no longer imports the engine classes).
 * Registered as bean "aiHealthIndicator", so Actuator lists it as "ai" and /health renders it as the ai component.
 * The engine is never DOWN while the local engine can answer: an open circuit to the OpenAI-compatible upstream
 * means "degraded" (requests fall back to the local engine), which the details say.
 */
final class AiHealthIndicator implements HealthIndicator {

    private final AiEngine engine;

    AiHealthIndicator(AiEngine engine) {
        this.engine = engine;
    }

    @Override
    public Health health() {
        if (engine instanceof OpenAiCompatibleEngine openAi) {
            String breaker = openAi.circuitBreaker().getState().name();
            return Health.up().withDetail("engine", "openai").withDetail("circuit", breaker)
                    .withDetail("fallback_active", !"CLOSED".equals(breaker)).build();
        }
        return Health.up().withDetail("engine", "local").build();
    }
}
