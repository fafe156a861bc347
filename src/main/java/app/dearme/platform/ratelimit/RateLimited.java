package app.dearme.platform.ratelimit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the rate limits of an endpoint: each rule takes one token from its bucket before anything else runs
 * (argument binding included, so a request that later fails validation still counts), 429 with Retry-After when
 * the bucket is empty.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface RateLimited {
    RateLimitRule[] value();
}
