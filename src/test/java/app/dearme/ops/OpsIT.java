package app.dearme.ops;

import static org.assertj.core.api.Assertions.assertThat;

import app.dearme.platform.jobs.Jobs;
import app.dearme.support.IntegrationTest;
import app.dearme.support.TestUsers;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class OpsIT extends IntegrationTest {

    private static final String OVERVIEW = "/api/v1/admin/ops/overview";
    private static final String ADVICE = "/api/v1/admin/ops/advice";
    private static final String HISTORY = "/api/v1/admin/ops/history";
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Autowired
    Jobs jobs;

    @Autowired
    OpsTicker ticker;

    @Autowired
    app.dearme.ai.AiMeter aiMeter;

    /** admin@dearme.test can be registered once per test JVM (other classes may have done it). */
    private String admin() {
        String email = "admin@dearme.test";
        Integer exists = jdbc.queryForObject("select count(*) from users where lower(email) = ?", Integer.class, email);
        if (exists == 0) {
            return users.registerVerified(email, TestUsers.uniqueName("admin")).accessToken();
        }
        return api.post("/api/v1/auth/login", Map.of("email", email, "password", TestUsers.PASSWORD)).expect(200)
                .json().get("access_token").asString();
    }

    private JsonNode overview(String admin) {
        return api.get(OVERVIEW).auth(admin).expect(200).json();
    }

    private JsonNode advice(String admin) {
        return api.get(ADVICE).auth(admin).expect(200).json();
    }

    @Test
    void normalUsersAreRefusedWithProblemJsonAndAnonymousCallersMustLogIn() {
        var user = users.aUser();
        for (String path : List.of(OVERVIEW, ADVICE)) {
            var r = api.get(path).auth(user).expect(403);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.json().get("status").asInt()).isEqualTo(403);
            api.get(path).expect(401);
        }
    }

    @Test
    void overviewHasEveryFigureWithItsShape() {
        String admin = admin();
        JsonNode o = overview(admin);
        for (String k : List.of("dau", "wau", "mau", "diaries_today", "instances")) {
            assertThat(o.get(k).isIntegralNumber()).as(k).isTrue();
        }
        assertThat(o.get("dau").asLong()).isLessThanOrEqualTo(o.get("wau").asLong());
        assertThat(o.get("wau").asLong()).isLessThanOrEqualTo(o.get("mau").asLong());
        for (String period : List.of("today", "month_to_date")) {
            JsonNode t = o.get("ai").get(period);
            for (String k : List.of("calls", "failures", "tokens_in", "tokens_out")) {
                assertThat(t.get(k).isIntegralNumber()).as(period + "." + k).isTrue();
            }
            assertThat(t.get("cost_usd").isNumber()).isTrue();
        }
        assertThat(o.get("ai").get("month_to_date").get("calls").asLong())
                .isGreaterThanOrEqualTo(o.get("ai").get("today").get("calls").asLong());
        JsonNode pool = o.get("db_pool");
        assertThat(pool.get("name").asString()).isEqualTo("dearme-primary");
        assertThat(pool.get("max").asInt()).isEqualTo(20);
        assertThat(pool.get("active").asInt()).isBetween(0, 20);
        assertThat(pool.get("idle").asInt()).isBetween(0, 20);
        JsonNode session = o.get("caches").get("authSession");
        assertThat(session.get("size").asLong()).isGreaterThanOrEqualTo(1); // our own token's session was cached
        assertThat(session.get("hit_ratio").asDouble()).isBetween(0.0, 1.0);
        assertThat(o.get("caches").has("persona")).isTrue();
        for (String k : List.of("queue_depth", "running", "failed_24h", "done_24h")) {
            assertThat(o.get("jobs").get(k).isIntegralNumber()).as(k).isTrue();
        }
        assertThat(o.get("replica_lag_seconds").isNull()).isTrue(); // no replica configured in tests
        assertThat(o.get("instances").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(o.get("generated_at").asString()).endsWith("+09:00");
    }

    @Test
    void httpFiguresAreMeasuredOnceRequestsArrive() {
        String admin = admin();
        for (int i = 0; i < 5; i++) {
            api.get("/api/v1/users/me").auth(admin).expect(200);
        }
        api.get("/api/v1/no-such-thing").auth(admin).send();
        JsonNode http = overview(admin).get("http");
        assertThat(http.get("requests_per_second").asDouble()).isPositive();
        assertThat(http.get("p95_ms").isNumber()).isTrue();
        assertThat(http.get("p95_ms").asDouble()).isPositive();
        assertThat(http.get("error_rate").asDouble()).isBetween(0.0, 1.0);
        assertThat(http.get("in_flight").asLong()).isGreaterThanOrEqualTo(1); // this very request
        assertThat(http.get("window_seconds").asDouble()).isPositive();
    }

    @Test
    void aUserCallingTheApiCountsAsDailyActiveAndTheUpdateIsThrottled() {
        String admin = admin();
        var user = users.aUser();
        jdbc.update("update users set last_seen_at = null where id = ?", user.id());
        long before = overview(admin).get("dau").asLong();

        api.get("/api/v1/users/me").auth(user).expect(200);
        assertThat(lastSeenSet(user.id())).isTrue();
        JsonNode after = overview(admin);
        assertThat(after.get("dau").asLong()).isEqualTo(before + 1);
        assertThat(after.get("mau").asLong()).isGreaterThanOrEqualTo(after.get("dau").asLong());

        // within the 5-minute window the next call does not write again
        jdbc.update("update users set last_seen_at = null where id = ?", user.id());
        api.get("/api/v1/users/me").auth(user).expect(200);
        assertThat(lastSeenSet(user.id())).isFalse();
    }

    private boolean lastSeenSet(long id) {
        return jdbc.queryForObject("select last_seen_at is not null from users where id = ?", Boolean.class, id);
    }

    @Test
    void diariesWrittenTodayAreCounted() {
        String admin = admin();
        long before = overview(admin).get("diaries_today").asLong();
        for (int i = 0; i < 2; i++) {
            var u = users.aUser();
            api.post("/api/v1/diaries", Map.of("title", "오늘의 일기", "content", "오늘은 산책을 했다. 바람이 시원했다.",
                    "diary_date", LocalDate.now(SEOUL).toString())).auth(u).expect(201);
        }
        assertThat(overview(admin).get("diaries_today").asLong()).isEqualTo(before + 2);
    }

    @Test
    void jobFiguresFollowTheJobsTable() throws InterruptedException {
        String admin = admin();
        var user = users.aUser();
        JsonNode before = overview(admin).get("jobs");

        long done = jobs.enqueue("test_flaky", user.id(), Map.of("fail_times", 0));
        JsonNode afterDone = waitFor(admin, o -> o.get("jobs").get("done_24h").asLong() >= before.get("done_24h").asLong() + 1);
        assertThat(jdbc.queryForObject("select status from jobs where id = ?", String.class, done)).isEqualTo("done");
        assertThat(afterDone.get("jobs").get("done_24h").asLong()).isGreaterThanOrEqualTo(before.get("done_24h").asLong() + 1);

        // a job stuck in the queue and one that failed an hour ago (arranged: no scheduler execution)
        List<Long> arranged = new ArrayList<>();
        arranged.add(jdbc.queryForObject("insert into jobs (user_id, kind, status) values (?, 'test_flaky', 'queued') returning id",
                Long.class, user.id()));
        arranged.add(jdbc.queryForObject("""
                insert into jobs (user_id, kind, status, attempts, finished_at)
                values (?, 'test_flaky', 'failed', 3, now() - interval '1 hour') returning id""", Long.class, user.id()));
        arranged.add(jdbc.queryForObject("""
                insert into jobs (user_id, kind, status, attempts, finished_at)
                values (?, 'test_flaky', 'failed', 3, now() - interval '25 hours') returning id""", Long.class, user.id()));
        try {
            JsonNode j = overview(admin).get("jobs");
            JsonNode base = afterDone.get("jobs");
            assertThat(j.get("queue_depth").asLong()).isEqualTo(base.get("queue_depth").asLong() + 1);
            assertThat(j.get("failed_24h").asLong()).isEqualTo(base.get("failed_24h").asLong() + 1);
        } finally {
            arranged.forEach(id -> jdbc.update("delete from jobs where id = ?", id));
        }
    }

    private JsonNode waitFor(String admin, Predicate<JsonNode> done) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        JsonNode o = overview(admin);
        while (!done.test(o) && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
            o = overview(admin);
        }
        return o;
    }

    @Test
    void adviceSwitchesToPhaseTwoAtFiveHundredDailyUsers() {
        String admin = admin();
        JsonNode phase = advice(admin).get("phase");
        long before = phase.get("dau").asLong();
        assertThat(before).isPositive(); // at least the admin
        if (before < 500) { // the usual case: a test database has few users
            assertThat(phase.get("current").asInt()).isEqualTo(1);
            assertThat(phase.get("next_threshold").asLong()).isEqualTo(500);
            assertThat(phase.get("name").asString()).startsWith("Phase 1");
            assertThat(phase.get("reason").asString()).contains("DAU " + before + "명");
        }

        // fake exactly enough daily users (cheap rows) to reach 500
        String tag = TestUsers.uniqueName("opsfake");
        long fakes = Math.max(1, 500 - before);
        jdbc.update("""
                insert into users (email, username, password_hash, email_verified, last_seen_at)
                select ? || '_' || g || '@dearme.test', ? || '_' || g, 'x', true, now() - interval '1 hour'
                  from generate_series(1, ?) g""", tag, tag, fakes);
        try {
            JsonNode p2 = advice(admin).get("phase");
            assertThat(p2.get("current").asInt()).isEqualTo(2);
            assertThat(p2.get("dau").asLong()).isEqualTo(before + fakes).isGreaterThanOrEqualTo(500);
            assertThat(p2.get("next_threshold").asLong()).isEqualTo(5000);
            assertThat(p2.get("name").asString()).startsWith("Phase 2");
            assertThat(overview(admin).get("dau").asLong()).isEqualTo(p2.get("dau").asLong());
            if (before < 500) {
                // one of them was last seen two days ago: 499 daily users is Phase 1 again, still weekly active
                long wau = overview(admin).get("wau").asLong();
                jdbc.update("update users set last_seen_at = now() - interval '2 days' where username = ?", tag + "_1");
                assertThat(advice(admin).get("phase").get("current").asInt()).isEqualTo(1);
                assertThat(overview(admin).get("wau").asLong()).isEqualTo(wau);
            }
        } finally {
            jdbc.update("delete from users where username like ?", tag + "\\_%");
        }
        assertThat(advice(admin).get("phase").get("dau").asLong()).isEqualTo(before);
    }

    @Test
    void checklistReflectsThisDeploymentsLiveState() {
        String admin = admin();
        // cache reads (every authenticated call reads the session cache) inside a history interval
        ticker.tick();
        for (int i = 0; i < 5; i++) {
            api.get("/api/v1/users/me").auth(admin).expect(200);
        }
        ticker.tick();
        JsonNode advice = advice(admin);
        Map<String, Boolean> active = new java.util.HashMap<>();
        Map<String, String> state = new java.util.HashMap<>();
        Map<String, String> evidence = new java.util.HashMap<>();
        for (JsonNode item : advice.get("checklist")) {
            assertThat(item.get("label").asString()).isNotBlank();
            assertThat(item.get("detail").asString()).isNotBlank();
            assertThat(item.get("state").asString()).isIn("on", "off", "unknown");
            assertThat(item.get("active").asBoolean()).isEqualTo(item.get("state").asString().equals("on"));
            active.put(item.get("key").asString(), item.get("active").asBoolean());
            state.put(item.get("key").asString(), item.get("state").asString());
            evidence.put(item.get("key").asString(), item.get("evidence").asString());
        }
        int instances = overview(admin).get("instances").asInt();
        assertThat(active).containsEntry("response_cache", true)
                .containsEntry("redis", false)
                .containsEntry("pgbouncer", false)
                .containsEntry("read_replica", false)
                .containsEntry("multiple_instances", instances > 1)
                .containsEntry("async_ai_jobs", true)
                .containsEntry("sse_push", true)
                .containsEntry("db_pool_sized", true)
                .containsEntry("rate_limiting", true)
                .containsEntry("ai_rate_limit", true)
                .containsEntry("static_caching", true)
                .containsEntry("monitoring", true);
        // each item names the setting or measurement it was read from
        assertThat(evidence.get("response_cache")).containsPattern("cache: [0-9.]+ hits/min").contains("authSession")
                .doesNotContain("friends");
        assertThat(evidence.get("ai_rate_limit")).containsPattern("dearme.rate-limit.ai-per-user=\\d+ per 1 min on [1-9]\\d* endpoints");
        assertThat(evidence.get("redis")).isEqualTo("dearme.redis.url empty");
        assertThat(evidence.get("db_pool_sized")).contains("dearme-primary: max 20");
        assertThat(evidence.get("static_caching")).isEqualTo("/assets/** Cache-Control max-age=31536000");
        assertThat(evidence.get("async_ai_jobs")).contains("dearme_jobs_queue_depth");
        assertThat(evidence.get("monitoring")).contains("prometheus");
        assertThat(state).doesNotContainValue(null);
    }

    @Test
    void historyKeepsOnePointPerTickWithTheLiveFiguresAndOnlyAdminsSeeIt() {
        String admin = admin();
        var user = users.aUser();
        assertThat(api.get(HISTORY).auth(user).expect(403).contentType()).startsWith("application/problem+json");
        api.get(HISTORY).expect(401);

        long before = System.currentTimeMillis();
        ticker.tick();
        for (int i = 0; i < 5; i++) {
            api.get("/api/v1/users/me").auth(admin).expect(200);
        }
        String model = TestUsers.uniqueName("ops-history-model");
        aiMeter.record(app.dearme.ai.AiFeature.values()[0], "openai", model, java.time.Duration.ofMillis(120), 300, 200,
                app.dearme.ai.AiMeter.Outcome.ok);
        try {
            ticker.tick();
            JsonNode h = api.get(HISTORY).auth(admin).expect(200).json();
            assertThat(h.get("instance").asString()).isNotBlank();
            assertThat(h.get("interval_seconds").asDouble()).isPositive();
            assertThat(h.get("capacity").asInt()).isPositive();
            JsonNode points = h.get("points");
            assertThat(points.size()).isBetween(2, h.get("capacity").asInt());
            long prev = 0;
            for (JsonNode p : points) {
                assertThat(p.get("at_ms").asLong()).isGreaterThanOrEqualTo(prev);
                prev = p.get("at_ms").asLong();
            }
            JsonNode last = points.get(points.size() - 1);
            JsonNode beforeLast = points.get(points.size() - 2);
            assertThat(last.get("at_ms").asLong()).isBetween(before, System.currentTimeMillis());
            assertThat(last.get("requests_per_second").asDouble()).isPositive();
            assertThat(last.get("p95_ms").asDouble()).isPositive();
            assertThat(last.get("pool_max").asInt()).isEqualTo(20);
            assertThat(last.get("pool_active").asInt()).isBetween(0, 20);
            assertThat(last.get("pool_idle").asInt()).isBetween(0, 20);
            assertThat(last.get("pool_pending").asInt()).isGreaterThanOrEqualTo(0);
            assertThat(last.get("job_queue_depth").isIntegralNumber()).isTrue();
            assertThat(last.get("job_oldest_queued_age_seconds").isNumber()).isTrue();
            // counters are per interval: the five session-cache reads and the AI call land in the points since `before`
            long cacheRequests = 0;
            long cacheHits = 0;
            long aiCalls = 0;
            long aiTokens = 0;
            for (JsonNode p : List.of(beforeLast, last)) {
                if (p.get("at_ms").asLong() >= before) {
                    cacheRequests += p.get("cache_requests").asLong();
                    cacheHits += p.get("cache_hits").asLong();
                    aiCalls += p.get("ai_calls").asLong();
                    aiTokens += p.get("ai_tokens").asLong();
                }
            }
            assertThat(cacheRequests).isGreaterThanOrEqualTo(5);
            assertThat(cacheHits).isBetween(1L, cacheRequests);
            assertThat(last.get("cache_hit_ratio").asDouble()).isBetween(0.0, 1.0);
            assertThat(aiCalls).isGreaterThanOrEqualTo(1);
            assertThat(aiTokens).isGreaterThanOrEqualTo(500);
            assertThat(last.get("ai_cost_usd").asDouble()).isGreaterThanOrEqualTo(0);
        } finally {
            jdbc.update("delete from ai_usage_daily where model = ?", model);
        }
    }

    @Test
    void bottlenecksAreMeasuredTimingsSlowestFirst() {
        String admin = admin();
        api.get("/api/v1/users/me").auth(admin).expect(200);
        JsonNode list = advice(admin).get("bottlenecks");
        assertThat(list.size()).isBetween(1, 10);
        double prev = Double.MAX_VALUE;
        boolean http = false;
        for (JsonNode b : list) {
            assertThat(b.get("kind").asString()).isIn("http", "ai", "job", "db_pool");
            assertThat(b.get("value").asDouble()).isLessThanOrEqualTo(prev).isGreaterThanOrEqualTo(0);
            assertThat(b.get("count").asLong()).isPositive();
            assertThat(b.get("note").asString()).contains("ms");
            prev = b.get("value").asDouble();
            http |= b.get("kind").asString().equals("http");
        }
        assertThat(http).isTrue();
    }

    @Test
    void costProjectsMeasuredAiSpendPerPhaseOnTopOfConfiguredInfrastructure() {
        String admin = admin();
        JsonNode cost = advice(admin).get("cost");
        assertThat(cost.get("assumptions").asString()).contains("추정치").contains("dearme.ops.cost");
        assertThat(cost.get("phases")).hasSize(3);
        List<Double> infra = new ArrayList<>();
        for (JsonNode p : cost.get("phases")) {
            infra.add(p.get("infrastructure_usd_per_month").asDouble());
            if (!p.get("ai_usd_per_month").isNull()) {
                assertThat(p.get("ai_usd_per_month").asDouble()).isGreaterThanOrEqualTo(0);
                assertThat(p.get("total").asDouble()).isGreaterThanOrEqualTo(p.get("infrastructure_usd_per_month").asDouble());
            }
        }
        assertThat(infra).containsExactly(50.0, 400.0, 2500.0);

        // $6 of AI spend today (an arranged usage row) must show up in the projection
        String model = TestUsers.uniqueName("ops-model");
        jdbc.update("insert into ai_usage_daily (day, feature, engine, model, calls, tokens_in, tokens_out, cost_usd) "
                + "values (?, 'chat', 'openai', ?, 3, 300, 200, 6)", LocalDate.now(SEOUL), model);
        try {
            api.get("/api/v1/users/me").auth(admin).expect(200); // at least one daily user
            JsonNode c2 = advice(admin).get("cost");
            JsonNode m = c2.get("measured");
            assertThat(m.get("ai_month_to_date_usd").asDouble())
                    .isGreaterThanOrEqualTo(cost.get("measured").get("ai_month_to_date_usd").asDouble() + 6 - 1e-9);
            int days = LocalDate.now(SEOUL).getDayOfMonth();
            assertThat(m.get("days_elapsed").asInt()).isEqualTo(days);
            assertThat(m.get("ai_projected_month_usd").asDouble())
                    .isCloseTo(m.get("ai_month_to_date_usd").asDouble() * 30 / days, org.assertj.core.api.Assertions.within(0.01));
            JsonNode p3 = c2.get("phases").get(2);
            assertThat(p3.get("ai_usd_per_month").asDouble()).isPositive();
            assertThat(p3.get("total").asDouble()).isCloseTo(2500 + p3.get("ai_usd_per_month").asDouble(),
                    org.assertj.core.api.Assertions.within(0.01));
            assertThat(p3.get("ai_usd_per_month").asDouble())
                    .isGreaterThan(c2.get("phases").get(0).get("ai_usd_per_month").asDouble());
            JsonNode ai = overview(admin).get("ai").get("today");
            assertThat(ai.get("cost_usd").asDouble()).isGreaterThanOrEqualTo(6);
            assertThat(ai.get("tokens_in").asLong()).isGreaterThanOrEqualTo(300);
        } finally {
            jdbc.update("delete from ai_usage_daily where model = ?", model);
        }
    }
}
