package app.dearme.ops;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The scaling guide's checklist as small policies over {@link LiveState}: each item says on, off or unknown and
 * names the setting or measurement it read. Nothing here is a constant claim; an item whose input could not be
 * measured is unknown, never done.
 */
final class ChecklistPolicies {

    static final int POOL_TARGET = 20;
    /** A day: below that the hashed assets are re-fetched too often to count as cached. */
    static final long ASSET_CACHE_MIN_SECONDS = 86_400;

    private ChecklistPolicies() {
    }

    /** One item: its key and how it reads the live state. */
    record Policy(String key, Function<LiveState, OpsDtos.ChecklistItem> check) {
    }

    static final List<Policy> ALL = List.of(
            new Policy("response_cache", ChecklistPolicies::responseCache),
            new Policy("redis", ChecklistPolicies::redis),
            new Policy("pgbouncer", ChecklistPolicies::pgbouncer),
            new Policy("read_replica", ChecklistPolicies::readReplica),
            new Policy("multiple_instances", ChecklistPolicies::multipleInstances),
            new Policy("async_ai_jobs", ChecklistPolicies::asyncJobs),
            new Policy("sse_push", ChecklistPolicies::ssePush),
            new Policy("db_pool_sized", ChecklistPolicies::poolSized),
            new Policy("rate_limiting", ChecklistPolicies::authRateLimit),
            new Policy("ai_rate_limit", ChecklistPolicies::aiRateLimit),
            new Policy("static_caching", ChecklistPolicies::staticCaching),
            new Policy("monitoring", ChecklistPolicies::monitoring));

    static List<OpsDtos.ChecklistItem> evaluate(LiveState s) {
        return ALL.stream().map(p -> p.check().apply(s)).toList();
    }

    static OpsDtos.ChecklistItem responseCache(LiveState s) {
        String label = "응답 캐시";
        LiveState.Caches c = s.caches();
        if (!c.enabled()) {
            return item("response_cache", label, CheckState.OFF, "캐시가 꺼져 있음", "dearme.cache.enabled=false");
        }
        if (c.hitsPerMinute() == null) {
            return item("response_cache", label, CheckState.UNKNOWN, "아직 측정 구간이 없음",
                    "cache: no samples yet (caches read: " + names(c.read()) + ")");
        }
        String evidence = String.format(Locale.ROOT, "cache: %s hits/min, hit ratio %s over %s (caches read: %s)",
                num(c.hitsPerMinute()), c.hitRatio() == null ? "n/a" : pct(c.hitRatio()), minutes(c.window()),
                names(c.read()));
        if (c.hitsPerMinute() > 0) {
            return item("response_cache", label, CheckState.ON, "캐시 적중이 측정됨", evidence);
        }
        // no reads in the window: the cache may well work, but nothing shows it right now
        return item("response_cache", label, CheckState.UNKNOWN, "측정 구간에 캐시 적중 없음", evidence);
    }

    static OpsDtos.ChecklistItem redis(LiveState s) {
        String label = "Redis (공유 캐시)";
        LiveState.Redis r = s.redis();
        if (!r.configured()) {
            return item("redis", label, CheckState.OFF, "설정 안 됨: 캐시는 인스턴스마다 따로 동작", "dearme.redis.url empty");
        }
        if (r.connected() == null || !r.connected()) {
            return item("redis", label, CheckState.UNKNOWN, "설정됐지만 지금 연결되지 않음",
                    "dearme.redis.url set; connection down");
        }
        return item("redis", label, CheckState.ON, "연결됨", "dearme.redis.url set; connection up");
    }

    static OpsDtos.ChecklistItem pgbouncer(LiveState s) {
        return s.pgbouncer()
                ? item("pgbouncer", "PgBouncer 커넥션 풀러", CheckState.ON, "PgBouncer 경유 (prepareThreshold=0)",
                        "dearme.db.pgbouncer=true")
                : item("pgbouncer", "PgBouncer 커넥션 풀러", CheckState.OFF, "앱이 DB에 직접 연결",
                        "dearme.db.pgbouncer=false");
    }

    static OpsDtos.ChecklistItem readReplica(LiveState s) {
        String label = "읽기 복제본";
        LiveState.Replica r = s.replica();
        if (!r.configured()) {
            return item("read_replica", label, CheckState.OFF, "모든 읽기가 primary로", "dearme.db.replica-url empty");
        }
        if (r.lagSeconds() == null) {
            return item("read_replica", label, CheckState.UNKNOWN, "설정됐지만 지연을 측정하지 못함(연결 불가?)",
                    "dearme.db.replica-url set; replica lag not measured");
        }
        return item("read_replica", label, CheckState.ON, "복제 지연 측정됨",
                "dearme.db.replica-url set; replica lag " + num(r.lagSeconds()) + " s");
    }

    static OpsDtos.ChecklistItem multipleInstances(LiveState s) {
        String label = "앱 인스턴스 2대 이상";
        if (s.instances() == null) {
            return item("multiple_instances", label, CheckState.UNKNOWN, "하트비트를 읽지 못함", "ops_instances: not read");
        }
        return item("multiple_instances", label, s.instances() > 1 ? CheckState.ON : CheckState.OFF,
                "하트비트 중인 인스턴스 " + s.instances() + "대", "ops_instances heartbeats: " + s.instances());
    }

    static OpsDtos.ChecklistItem asyncJobs(LiveState s) {
        String label = "AI 작업 비동기 처리";
        LiveState.Jobs j = s.jobs();
        if (j.queueDepth() == null) {
            return item("async_ai_jobs", label, CheckState.UNKNOWN, "작업 큐 지표를 읽지 못함",
                    OpsHistory.JOB_QUEUE_DEPTH + ": not available");
        }
        return item("async_ai_jobs", label, CheckState.ON, "작업 큐가 동작 중", String.format(Locale.ROOT,
                "job queue: depth %d, oldest queued %s (%s)", Math.round(j.queueDepth()),
                j.oldestQueuedAgeSeconds() == null ? "n/a" : num(j.oldestQueuedAgeSeconds()) + " s",
                OpsHistory.JOB_QUEUE_DEPTH));
    }

    static OpsDtos.ChecklistItem ssePush(LiveState s) {
        String label = "폴링 대신 SSE 푸시";
        LiveState.Push p = s.push();
        if (p.openStreams() == null) {
            return item("sse_push", label, CheckState.UNKNOWN, "SSE 지표가 없음",
                    "dearme_notification_streams_open: not registered");
        }
        String evidence = "dearme.notifications.fanout=" + p.fanout() + "; open streams "
                + Math.round(p.openStreams());
        boolean inProcess = "in-process".equals(p.fanout());
        if (inProcess && s.instances() != null && s.instances() > 1) {
            // a notification written on one instance never reaches a stream held open by another
            return item("sse_push", label, CheckState.OFF, "인스턴스가 여러 대인데 알림이 한 인스턴스 안에서만 전달됨", evidence);
        }
        return item("sse_push", label, CheckState.ON, inProcess ? "한 인스턴스 안에서 전달" : "모든 인스턴스에 전달", evidence);
    }

    static OpsDtos.ChecklistItem poolSized(LiveState s) {
        String label = "DB 커넥션 풀 크기";
        LiveState.Pool p = s.pool();
        if (p.max() == null) {
            return item("db_pool_sized", label, CheckState.UNKNOWN, "풀을 읽지 못함", "hikari pool: not started");
        }
        String evidence = String.format(Locale.ROOT, "%s: max %d, waiting %s (target >= %d)", p.name(), p.max(),
                p.pending() == null ? "n/a" : p.pending(), POOL_TARGET);
        return item("db_pool_sized", label, p.max() >= POOL_TARGET ? CheckState.ON : CheckState.OFF,
                "최대 " + p.max() + "개 (권장 " + POOL_TARGET + "개 이상)", evidence);
    }

    static OpsDtos.ChecklistItem authRateLimit(LiveState s) {
        String label = "로그인·가입·메일 속도 제한";
        LiveState.RateLimit r = s.rateLimit();
        if (!r.enabled()) {
            return item("rate_limiting", label, CheckState.OFF, "꺼져 있음", "dearme.rate-limit.enabled=false");
        }
        return item("rate_limiting", label, CheckState.ON, "IP별 제한 적용", String.format(Locale.ROOT,
                "dearme.rate-limit: login-per-ip=%d, register-per-ip=%d, mail-per-ip=%d per %s", r.loginPerIp(),
                r.registerPerIp(), r.mailPerIp(), minutes(r.window())));
    }

    static OpsDtos.ChecklistItem aiRateLimit(LiveState s) {
        String label = "AI 엔드포인트 속도 제한";
        LiveState.RateLimit r = s.rateLimit();
        if (!r.enabled()) {
            return item("ai_rate_limit", label, CheckState.OFF, "꺼져 있음", "dearme.rate-limit.enabled=false");
        }
        if (r.aiPerUser() <= 0) {
            return item("ai_rate_limit", label, CheckState.OFF, "사용자별 한도가 0",
                    "dearme.rate-limit.ai-per-user=" + r.aiPerUser());
        }
        String limit = "dearme.rate-limit.ai-per-user=" + r.aiPerUser() + " per " + minutes(r.window());
        if (r.aiEndpoints() == null) {
            return item("ai_rate_limit", label, CheckState.UNKNOWN, "제한이 걸린 엔드포인트를 확인하지 못함",
                    limit + "; endpoints not read");
        }
        if (r.aiEndpoints() == 0) {
            return item("ai_rate_limit", label, CheckState.OFF, "제한이 걸린 AI 엔드포인트가 없음",
                    limit + "; 0 endpoints marked @RateLimited(AI_PER_USER)");
        }
        return item("ai_rate_limit", label, CheckState.ON, "사용자별 제한 적용",
                limit + " on " + r.aiEndpoints() + " endpoints (@RateLimited(AI_PER_USER))");
    }

    static OpsDtos.ChecklistItem staticCaching(LiveState s) {
        String label = "정적 자원 캐시";
        Long seconds = s.assetsCacheSeconds();
        if (seconds == null) {
            return item("static_caching", label, CheckState.UNKNOWN, "/assets/** 핸들러를 찾지 못함",
                    "/assets/**: no resource handler");
        }
        String evidence = "/assets/** Cache-Control max-age=" + seconds;
        return item("static_caching", label, seconds >= ASSET_CACHE_MIN_SECONDS ? CheckState.ON : CheckState.OFF,
                seconds >= ASSET_CACHE_MIN_SECONDS ? "해시된 파일을 오래 캐시" : "캐시 기간이 하루 미만", evidence);
    }

    static OpsDtos.ChecklistItem monitoring(LiveState s) {
        String label = "모니터링 (Prometheus)";
        LiveState.Monitoring m = s.monitoring();
        boolean exposed = m.exposedEndpoints().stream().anyMatch(e -> e.equals("prometheus") || e.equals("*"));
        String evidence = "management.endpoints.web.exposure.include=" + String.join(",", m.exposedEndpoints())
                + (m.meters() == null ? "" : "; " + m.meters() + " meters");
        return item("monitoring", label, exposed ? CheckState.ON : CheckState.OFF,
                exposed ? "/metrics 노출" : "Prometheus 엔드포인트가 노출되지 않음", evidence);
    }

    private static OpsDtos.ChecklistItem item(String key, String label, CheckState state, String detail,
                                              String evidence) {
        return new OpsDtos.ChecklistItem(key, label, state == CheckState.ON, detail, state, evidence);
    }

    private static String names(List<String> read) {
        return read.isEmpty() ? "none" : String.join(", ", read);
    }

    static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v)
                : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String pct(double ratio) {
        return String.format(Locale.ROOT, "%.1f%%", ratio * 100);
    }

    private static String minutes(Duration d) {
        return d.toSeconds() % 60 == 0 ? d.toMinutes() + " min" : d.toSeconds() + " s";
    }
}
