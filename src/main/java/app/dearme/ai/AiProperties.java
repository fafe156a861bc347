package app.dearme.ai;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code dearme.ai.*} (env: DEARME_AI_PROVIDER, DEARME_AI_BASE_URL, DEARME_AI_API_KEY, DEARME_AI_MODEL, …).
 *
 * @param provider            local (default, no network) | openai (any OpenAI-compatible server)
 * @param baseUrl             server root, with or without a trailing {@code /v1}
 * @param embeddingModel      empty = no embeddings (retrieval uses full-text only)
 * @param firstTokenTimeout   from sending the request to the first streamed content
 * @param idleTimeout         longest gap between two streamed lines after the first
 * @param readTimeout         cap on one whole streamed call
 * @param maxRetries          extra attempts before the first token, on 429/5xx/timeouts only
 * @param prices              model → USD per 1M input/output tokens, for cost estimates
 * @param usageZone           the zone whose calendar day the usage rollup uses
 */
@ConfigurationProperties("dearme.ai")
public record AiProperties(
        @DefaultValue("local") String provider,
        @DefaultValue("https://api.openai.com") String baseUrl,
        String apiKey,
        @DefaultValue("gpt-4o-mini") String model,
        @DefaultValue("") String embeddingModel,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("120s") Duration readTimeout,
        @DefaultValue("20s") Duration firstTokenTimeout,
        @DefaultValue("15s") Duration idleTimeout,
        @DefaultValue("2") int maxRetries,
        @DefaultValue("500ms") Duration retryBackoff,
        @DefaultValue("0.6") float temperature,
        Map<String, Price> prices,
        @DefaultValue("Asia/Seoul") String usageZone,
        @DefaultValue("10s") Duration usageFlushInterval) {

    public record Price(double inputPerMillion, double outputPerMillion) {
    }

    public AiProperties {
        Map<String, Price> merged = new LinkedHashMap<>();
        merged.put("gpt-4o-mini", new Price(0.15, 0.60));
        merged.put("gpt-4.1-mini", new Price(0.40, 1.60));
        merged.put("gpt-4.1-nano", new Price(0.10, 0.40));
        merged.put("gpt-4o", new Price(2.50, 10.00));
        merged.put("text-embedding-3-small", new Price(0.02, 0));
        merged.put("text-embedding-3-large", new Price(0.13, 0));
        merged.put(LocalKoreanEngine.MODEL, new Price(0, 0));
        if (prices != null) {
            merged.putAll(prices);
        }
        prices = Map.copyOf(merged);
    }

    /** Defaults as if nothing were configured (local engine). */
    public static AiProperties defaults() {
        return new AiProperties("local", "https://api.openai.com", null, "gpt-4o-mini", "", Duration.ofSeconds(5),
                Duration.ofSeconds(120), Duration.ofSeconds(20), Duration.ofSeconds(15), 2, Duration.ofMillis(500),
                0.6f, null, "Asia/Seoul", Duration.ofSeconds(10));
    }

    public boolean openAi() {
        return "openai".equalsIgnoreCase(provider);
    }

    public boolean embeddingsEnabled() {
        return embeddingModel != null && !embeddingModel.isBlank();
    }

    /** Estimated USD for a call; unknown models cost 0 (and say so in the admin page). */
    public double cost(String forModel, long tokensIn, long tokensOut) {
        Price p = prices.get(forModel);
        if (p == null) {
            return 0;
        }
        return tokensIn * p.inputPerMillion() / 1_000_000.0 + tokensOut * p.outputPerMillion() / 1_000_000.0;
    }

    /** Never prints the API key. */
    @Override
    public String toString() {
        return "AiProperties[provider=" + provider + ", baseUrl=" + baseUrl + ", apiKey="
                + (apiKey == null || apiKey.isBlank() ? "<none>" : "<set>") + ", model=" + model + ", embeddingModel="
                + embeddingModel + "]";
    }
}
