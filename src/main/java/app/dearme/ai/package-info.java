/**
 * AI engines (local Korean engine, OpenAI-compatible engine with local fallback), usage metering and the AI health
 * indicator. A leaf module: it knows no product module, only the platform's Korean particle helper.
 */
@ApplicationModule(allowedDependencies = {"platform::text", "platform::retry", "vocabulary"})
package app.dearme.ai;

import org.springframework.modulith.ApplicationModule;
