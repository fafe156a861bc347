package app.dearme.ops;

import app.dearme.platform.config.DearMeProperties;
import java.util.Arrays;
import java.util.List;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Which items of the scaling guide's checklist this deployment has switched on, read from its configuration. */
@Component
class Checklist {

    static final int POOL_TARGET = 20;

    private final DearMeProperties props;
    private final Environment env;
    private final RuntimeFigures runtime;

    Checklist(DearMeProperties props, Environment env, RuntimeFigures runtime) {
        this.props = props;
        this.env = env;
        this.runtime = runtime;
    }

    List<OpsDtos.ChecklistItem> items(int instances, OpsDtos.DbPool pool) {
        boolean redis = redisConfigured();
        boolean shared = runtime.sharedCache();
        boolean replica = props.db().replicaUrl() != null && !props.db().replicaUrl().isBlank();
        boolean rateLimit = props.rateLimit().enabled();
        boolean prometheus = exposed("prometheus");
        Integer max = pool.max();
        boolean crossInstancePush = !"in-process".equals(env.getProperty("dearme.notifications.fanout", "postgres"));
        return List.of(
                item("response_cache", "응답 캐시", true, shared
                        ? "Redis 공유 캐시(인스턴스 간 공유, 캐시별 TTL)"
                        : "부분 적용: 인스턴스별 로컬 Caffeine 캐시(인증 24시간, 페르소나 1시간, 일기 통계 10분, 친구 5분), "
                        + "쓰기 시 PostgreSQL LISTEN/NOTIFY로 모든 인스턴스에서 무효화"),
                item("redis", "Redis (공유 캐시·세션·실시간 전달)", redis, redis
                        ? "spring.data.redis / DEARME_REDIS_URL 설정됨" : "설정 안 됨: 캐시는 인스턴스마다 따로 동작"),
                item("pgbouncer", "PgBouncer 커넥션 풀러", props.db().pgbouncer(), props.db().pgbouncer()
                        ? "dearme.db.pgbouncer=true (prepareThreshold=0)" : "dearme.db.pgbouncer=false: 앱이 DB에 직접 연결"),
                item("read_replica", "읽기 복제본", replica, replica
                        ? "dearme.db.replica-url 설정됨" : "dearme.db.replica-url 비어 있음: 모든 읽기가 primary로"),
                item("multiple_instances", "앱 인스턴스 2대 이상", instances > 1,
                        "하트비트 중인 인스턴스 " + instances + "대"),
                item("async_ai_jobs", "AI 작업 비동기 처리", true,
                        "페르소나·심리 분석·리포트는 내구성 있는 작업 큐(db-scheduler)에서 재시도와 함께 실행"),
                item("sse_push", "폴링 대신 SSE 푸시", true, crossInstancePush
                        ? "알림과 채팅 스트리밍은 Server-Sent Events, 알림은 PostgreSQL LISTEN/NOTIFY로 모든 인스턴스에 전달"
                        : "알림과 채팅 스트리밍은 Server-Sent Events (dearme.notifications.fanout=in-process: 한 인스턴스 안에서만 전달)"),
                item("db_pool_sized", "DB 커넥션 풀 크기", max != null && max >= POOL_TARGET,
                        "최대 " + (max == null ? "알 수 없음" : max) + "개 (권장 " + POOL_TARGET + "개 이상)"),
                item("rate_limiting", "요청 속도 제한", rateLimit, rateLimit
                        ? "로그인·가입·메일·AI 엔드포인트에 적용" : "dearme.rate-limit.enabled=false"),
                item("static_caching", "정적 자원 캐시/CDN", true, "해시된 /assets/** 파일을 1년 캐시(Cache-Control)"),
                item("monitoring", "모니터링 (Prometheus)", prometheus, prometheus
                        ? "/metrics, /actuator/prometheus 노출 (http.server.requests 히스토그램 포함)"
                        : "Prometheus 엔드포인트가 노출되지 않음"));
    }

    private boolean redisConfigured() {
        return present("spring.data.redis.url") || present("spring.data.redis.host") || present("DEARME_REDIS_URL")
                || present("dearme.redis.url") || runtime.sharedCache();
    }

    private boolean exposed(String endpoint) {
        String include = env.getProperty("management.endpoints.web.exposure.include", "");
        return Arrays.stream(include.split(",")).map(String::trim).anyMatch(s -> s.equals(endpoint) || s.equals("*"));
    }

    private boolean present(String key) {
        String v = env.getProperty(key);
        return v != null && !v.isBlank();
    }

    private static OpsDtos.ChecklistItem item(String key, String label, boolean active, String detail) {
        return new OpsDtos.ChecklistItem(key, label, active, detail);
    }
}
