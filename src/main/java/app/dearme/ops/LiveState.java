package app.dearme.ops;

import java.time.Duration;
import java.util.List;

/**
 * Everything the checklist judges, read from the running instance when the advice is asked for: settings as bound,
 * meters as measured. A null field means "could not be measured", which the policies report as unknown.
 */
record LiveState(
        Caches caches,
        Redis redis,
        boolean pgbouncer,
        Replica replica,
        Integer instances,
        Jobs jobs,
        Push push,
        Pool pool,
        RateLimit rateLimit,
        Long assetsCacheSeconds,
        Monitoring monitoring) {

    /**
     * enabled: a cache manager with caches is configured. read: the caches something has read since start (a cache
     * nothing reads is not counted). hitsPerMinute / hitRatio: over the history window; null without samples.
     */
    record Caches(boolean enabled, List<String> read, Double hitsPerMinute, Double hitRatio, Duration window) {
    }

    /** connected: null when not configured. */
    record Redis(boolean configured, Boolean connected) {
    }

    record Replica(boolean configured, Double lagSeconds) {
    }

    /** Values of the job gauges; null when the meter is missing or its query failed. */
    record Jobs(Double queueDepth, Double oldestQueuedAgeSeconds) {
    }

    /** openStreams: the SSE gauge, null when it is not registered. */
    record Push(String fanout, Double openStreams) {
    }

    record Pool(String name, Integer max, Integer pending) {
    }

    /** aiEndpoints: handler methods marked @RateLimited(AI_PER_USER); null when the handler mapping could not be read. */
    record RateLimit(boolean enabled, int loginPerIp, int registerPerIp, int mailPerIp, int aiPerUser, Duration window,
                     Integer aiEndpoints) {
    }

    record Monitoring(List<String> exposedEndpoints, Integer meters) {
    }
}
