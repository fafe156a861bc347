package app.dearme.ops;

import app.dearme.platform.config.DearMeProperties;
import app.dearme.platform.ratelimit.RateLimitRule;
import app.dearme.platform.ratelimit.RateLimited;
import app.dearme.platform.redis.SharedRedis;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.handler.AbstractUrlHandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;

/**
 * Reads this instance's live state (bound settings, meters, the history ring, the web handler mappings) and lets
 * {@link ChecklistPolicies} judge it. Handler mappings are looked up when asked, not injected, so this bean does not
 * pull the MVC infrastructure forward at start-up.
 */
@Component
class Checklist {

    private static final Logger log = LoggerFactory.getLogger(Checklist.class);
    /** Cache hits per minute are averaged over at most this much of the history ring. */
    static final Duration CACHE_WINDOW = Duration.ofMinutes(10);

    private final DearMeProperties props;
    private final Environment env;
    private final RuntimeFigures runtime;
    private final OpsHistory history;
    private final ReplicaLag replica;
    private final SharedRedis redis;
    private final MeterRegistry meters;
    private final ApplicationContext context;

    Checklist(DearMeProperties props, Environment env, RuntimeFigures runtime, OpsHistory history, ReplicaLag replica,
              SharedRedis redis, MeterRegistry meters, ApplicationContext context) {
        this.props = props;
        this.env = env;
        this.runtime = runtime;
        this.history = history;
        this.replica = replica;
        this.redis = redis;
        this.meters = meters;
        this.context = context;
    }

    List<OpsDtos.ChecklistItem> items(Integer instances, OpsDtos.DbPool pool) {
        return ChecklistPolicies.evaluate(liveState(instances, pool));
    }

    LiveState liveState(Integer instances, OpsDtos.DbPool pool) {
        DearMeProperties.RateLimit rl = props.rateLimit();
        return new LiveState(caches(), redisState(), props.db().pgbouncer(),
                new LiveState.Replica(replica.configured(), replica.seconds()), instances,
                new LiveState.Jobs(history.gauge(OpsHistory.JOB_QUEUE_DEPTH), history.gauge(OpsHistory.JOB_OLDEST_AGE)),
                new LiveState.Push(env.getProperty("dearme.notifications.fanout", "postgres"),
                        history.gauge("dearme_notification_streams_open")),
                new LiveState.Pool(pool.name(), pool.max(), pool.waiting()),
                new LiveState.RateLimit(rl.enabled(), rl.loginPerIp(), rl.registerPerIp(), rl.mailPerIp(), rl.aiPerUser(),
                        rl.window(), aiRateLimitedEndpoints()),
                assetsCacheSeconds(),
                new LiveState.Monitoring(Arrays.stream(env.getProperty("management.endpoints.web.exposure.include", "")
                        .split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList(), meters.getMeters().size()));
    }

    private LiveState.Caches caches() {
        Map<String, OpsDtos.CacheStat> stats = runtime.caches();
        List<String> read = stats.entrySet().stream()
                .filter(e -> e.getValue().requests() != null && e.getValue().requests() > 0).map(Map.Entry::getKey).toList();
        List<OpsDtos.Point> points = history.points();
        long keep = Math.max(1, CACHE_WINDOW.toMillis() / history.interval().toMillis());
        List<OpsDtos.Point> window = points.subList((int) Math.max(0, points.size() - keep), points.size());
        if (window.isEmpty()) {
            return new LiveState.Caches(!stats.isEmpty(), read, null, null, Duration.ZERO);
        }
        long hits = window.stream().mapToLong(OpsDtos.Point::cacheHits).sum();
        long requests = window.stream().mapToLong(OpsDtos.Point::cacheRequests).sum();
        Duration span = history.interval().multipliedBy(window.size());
        double perMinute = HttpTraffic.round(hits / (span.toMillis() / 60_000.0), 1);
        return new LiveState.Caches(!stats.isEmpty(), read, perMinute,
                requests == 0 ? null : HttpTraffic.round((double) hits / requests, 4), span);
    }

    private LiveState.Redis redisState() {
        if (!redis.enabled()) {
            return new LiveState.Redis(false, null);
        }
        StatefulRedisConnection<byte[], byte[]> c = redis.connection();
        return new LiveState.Redis(true, c != null && c.isOpen());
    }

    /** Handler methods marked {@code @RateLimited(AI_PER_USER)}: the endpoints the AI rate limit really guards. */
    private Integer aiRateLimitedEndpoints() {
        try {
            int n = 0;
            for (RequestMappingHandlerMapping m : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
                n += (int) m.getHandlerMethods().values().stream()
                        .filter(h -> h.hasMethodAnnotation(RateLimited.class) && java.util.Arrays.asList(
                                h.getMethodAnnotation(RateLimited.class).value()).contains(RateLimitRule.AI_PER_USER))
                        .count();
            }
            return n;
        } catch (RuntimeException e) {
            log.debug("handler mappings not readable: {}", e.toString());
            return null;
        }
    }

    /** The Cache-Control max-age the /assets/** handler sends; null when there is no such handler. */
    private Long assetsCacheSeconds() {
        try {
            for (AbstractUrlHandlerMapping m : context.getBeansOfType(AbstractUrlHandlerMapping.class).values()) {
                if (m.getHandlerMap().get("/assets/**") instanceof ResourceHttpRequestHandler h) {
                    return (long) h.getCacheSeconds();
                }
            }
            return null;
        } catch (RuntimeException e) {
            log.debug("resource handlers not readable: {}", e.toString());
            return null;
        }
    }
}
