package app.dearme.ai;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The local engine composes a reply at once; {@code streamPace} spaces its chunks so that a chat streams
 * visibly like a model's reply (the UI renders a typing flow) — 0 turns pacing off.
 */
@ConfigurationProperties("dearme.ai.local")
public record LocalEngineProperties(@DefaultValue("40ms") Duration streamPace) {
}
