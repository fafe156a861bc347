package app.dearme.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The checklist judges only the live state it is given: every input changes an item, unmeasured means unknown. */
class ChecklistPoliciesTest {

    /** A typical single instance: caches read, no Redis/PgBouncer/replica, limits on, /metrics exposed. */
    private static LiveState base() {
        return new LiveState(
                new LiveState.Caches(true, List.of("authSession", "persona"), 12.0, 0.9, Duration.ofMinutes(10)),
                new LiveState.Redis(false, null), false, new LiveState.Replica(false, null), 1,
                new LiveState.Jobs(3.0, 42.0), new LiveState.Push("postgres", 2.0),
                new LiveState.Pool("dearme-primary", 20, 0),
                new LiveState.RateLimit(true, 5, 3, 5, 60, Duration.ofMinutes(1), 7), 31_536_000L,
                new LiveState.Monitoring(List.of("health", "prometheus", "info"), 400));
    }

    private static Map<String, OpsDtos.ChecklistItem> eval(LiveState s) {
        return ChecklistPolicies.evaluate(s).stream()
                .collect(Collectors.toMap(OpsDtos.ChecklistItem::key, i -> i));
    }

    private static CheckState state(LiveState s, String key) {
        return eval(s).get(key).state();
    }

    private static LiveState with(UnaryOperator<LiveState> f) {
        return f.apply(base());
    }

    @Test
    void everyItemNamesItsSourceAndActiveMeansOn() {
        List<OpsDtos.ChecklistItem> items = ChecklistPolicies.evaluate(base());
        assertThat(items).extracting(OpsDtos.ChecklistItem::key).containsExactly("response_cache", "redis",
                "pgbouncer", "read_replica", "multiple_instances", "async_ai_jobs", "sse_push", "db_pool_sized",
                "rate_limiting", "ai_rate_limit", "static_caching", "monitoring");
        for (OpsDtos.ChecklistItem i : items) {
            assertThat(i.evidence()).as(i.key()).isNotBlank();
            assertThat(i.label()).as(i.key()).isNotBlank();
            assertThat(i.active()).as(i.key()).isEqualTo(i.state() == CheckState.ON);
        }
    }

    @Test
    void cacheIsOnOnlyWithMeasuredHitsAndListsOnlyCachesSomethingReads() {
        OpsDtos.ChecklistItem on = eval(base()).get("response_cache");
        assertThat(on.state()).isEqualTo(CheckState.ON);
        assertThat(on.evidence()).contains("12 hits/min", "90.0%", "10 min", "authSession, persona")
                .doesNotContain("friends");

        LiveState noSamples = new LiveState(new LiveState.Caches(true, List.of(), null, null, Duration.ZERO),
                base().redis(), false, base().replica(), 1, base().jobs(), base().push(), base().pool(),
                base().rateLimit(), base().assetsCacheSeconds(), base().monitoring());
        assertThat(state(noSamples, "response_cache")).isEqualTo(CheckState.UNKNOWN);
        assertThat(eval(noSamples).get("response_cache").evidence()).contains("caches read: none");

        LiveState idle = new LiveState(new LiveState.Caches(true, List.of("persona"), 0.0, null, Duration.ofMinutes(3)),
                base().redis(), false, base().replica(), 1, base().jobs(), base().push(), base().pool(),
                base().rateLimit(), base().assetsCacheSeconds(), base().monitoring());
        assertThat(state(idle, "response_cache")).as("no hits is not proof of a working cache").isEqualTo(CheckState.UNKNOWN);

        LiveState off = new LiveState(new LiveState.Caches(false, List.of(), null, null, Duration.ZERO),
                base().redis(), false, base().replica(), 1, base().jobs(), base().push(), base().pool(),
                base().rateLimit(), base().assetsCacheSeconds(), base().monitoring());
        assertThat(state(off, "response_cache")).isEqualTo(CheckState.OFF);
    }

    @Test
    void aiRateLimitNeedsTheSettingAndGuardedEndpoints() {
        OpsDtos.ChecklistItem on = eval(base()).get("ai_rate_limit");
        assertThat(on.state()).isEqualTo(CheckState.ON);
        assertThat(on.evidence()).contains("dearme.rate-limit.ai-per-user=60 per 1 min", "7 endpoints");

        assertThat(state(withRateLimit(new LiveState.RateLimit(false, 5, 3, 5, 60, Duration.ofMinutes(1), 7)), "ai_rate_limit"))
                .isEqualTo(CheckState.OFF);
        assertThat(state(withRateLimit(new LiveState.RateLimit(true, 5, 3, 5, 0, Duration.ofMinutes(1), 7)), "ai_rate_limit"))
                .isEqualTo(CheckState.OFF);
        assertThat(state(withRateLimit(new LiveState.RateLimit(true, 5, 3, 5, 60, Duration.ofMinutes(1), 0)), "ai_rate_limit"))
                .as("a limit no endpoint uses guards nothing").isEqualTo(CheckState.OFF);
        assertThat(state(withRateLimit(new LiveState.RateLimit(true, 5, 3, 5, 60, Duration.ofMinutes(1), null)), "ai_rate_limit"))
                .isEqualTo(CheckState.UNKNOWN);
        assertThat(state(withRateLimit(new LiveState.RateLimit(false, 5, 3, 5, 60, Duration.ofMinutes(1), 7)), "rate_limiting"))
                .isEqualTo(CheckState.OFF);
        assertThat(eval(base()).get("rate_limiting").evidence()).contains("login-per-ip=5", "register-per-ip=3");
    }

    private static LiveState withRateLimit(LiveState.RateLimit r) {
        LiveState b = base();
        return new LiveState(b.caches(), b.redis(), b.pgbouncer(), b.replica(), b.instances(), b.jobs(), b.push(),
                b.pool(), r, b.assetsCacheSeconds(), b.monitoring());
    }

    @Test
    void configuredButUnmeasuredInfrastructureIsUnknownNotDone() {
        LiveState b = base();
        LiveState replicaDown = new LiveState(b.caches(), new LiveState.Redis(true, false), true,
                new LiveState.Replica(true, null), null, new LiveState.Jobs(null, null), new LiveState.Push("postgres", null),
                new LiveState.Pool(null, null, null), b.rateLimit(), null, b.monitoring());
        Map<String, OpsDtos.ChecklistItem> items = eval(replicaDown);
        for (String key : List.of("redis", "read_replica", "multiple_instances", "async_ai_jobs", "sse_push",
                "db_pool_sized", "static_caching")) {
            assertThat(items.get(key).state()).as(key).isEqualTo(CheckState.UNKNOWN);
            assertThat(items.get(key).active()).as(key).isFalse();
        }
        assertThat(items.get("pgbouncer").state()).isEqualTo(CheckState.ON);
        assertThat(items.get("pgbouncer").evidence()).isEqualTo("dearme.db.pgbouncer=true");

        LiveState up = new LiveState(b.caches(), new LiveState.Redis(true, true), false, new LiveState.Replica(true, 0.25),
                3, b.jobs(), b.push(), b.pool(), b.rateLimit(), b.assetsCacheSeconds(), b.monitoring());
        assertThat(state(up, "redis")).isEqualTo(CheckState.ON);
        assertThat(eval(up).get("read_replica").evidence()).contains("lag 0.3 s");
        assertThat(state(up, "multiple_instances")).isEqualTo(CheckState.ON);
        assertThat(state(base(), "multiple_instances")).isEqualTo(CheckState.OFF);
    }

    @Test
    void inProcessPushWithSeveralInstancesIsOffAndSmallPoolsAndShortAssetCachingAreOff() {
        LiveState b = base();
        LiveState inProcess = new LiveState(b.caches(), b.redis(), false, b.replica(), 2, b.jobs(),
                new LiveState.Push("in-process", 1.0), new LiveState.Pool("p", 10, 2), b.rateLimit(), 600L,
                new LiveState.Monitoring(List.of("health"), 10));
        Map<String, OpsDtos.ChecklistItem> items = eval(inProcess);
        assertThat(items.get("sse_push").state()).isEqualTo(CheckState.OFF);
        assertThat(items.get("sse_push").evidence()).contains("fanout=in-process");
        assertThat(items.get("db_pool_sized").state()).isEqualTo(CheckState.OFF);
        assertThat(items.get("db_pool_sized").evidence()).contains("max 10", "waiting 2");
        assertThat(items.get("static_caching").state()).isEqualTo(CheckState.OFF);
        assertThat(items.get("monitoring").state()).isEqualTo(CheckState.OFF);
        assertThat(eval(b).get("static_caching").evidence()).contains("max-age=31536000");
        assertThat(eval(b).get("async_ai_jobs").evidence()).contains("depth 3", "42 s");
    }
}
