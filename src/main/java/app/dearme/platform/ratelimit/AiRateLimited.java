package app.dearme.platform.ratelimit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an endpoint that may call the AI engine (and so cost money): each call takes one token from the
 * caller's {@code dearme.rate-limit.ai-per-user} bucket before anything else runs, 429 with Retry-After when empty.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface AiRateLimited {
}
