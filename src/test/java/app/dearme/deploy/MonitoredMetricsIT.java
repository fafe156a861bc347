package app.dearme.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import app.dearme.support.IntegrationTest;
import app.dearme.support.TestUsers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Alerts and dashboards are only as good as the names they query: a rule on a metric the app never exports is
 * silently quiet forever. This test drives the running app (a diary -> jobs -> AI calls), scrapes its /metrics and
 * fails if any alert rule or Grafana dashboard expression names an app metric the app does not export.
 * Exporter metrics (pg_, pgbouncer_, container_, node_, nginx_) are checked by promtool's rule tests instead.
 */
class MonitoredMetricsIT extends IntegrationTest {

    private static final Path DEPLOY = Path.of("deploy");
    private static final Pattern APP_METRIC = Pattern.compile(
            "\\b((?:dearme|http_server|hikaricp|jvm|process|executor|tomcat|cache)_[a-zA-Z0-9_]*)");

    /** Registered only under a condition the test app does not meet; each must still be a meter in src/main/java. */
    private static final Map<String, String> CONDITIONAL = Map.of(
            "dearme_db_replica_lag_seconds", "ReplicaReads registers it only when dearme.db.replica-url is set",
            "dearme_ai_tokens_total", "AiMeter counts tokens only for an upstream that reports usage (not the local engine)",
            "dearme_ai_cost_usd_total", "AiMeter prices only upstream calls with usage (not the local engine)",
            "dearme_jobs_attempt_failures_total", "registered on a job attempt's first failure",
            "dearme_chat_friend_reply_guard_total", "registered on the first friend-chat reply");

    @Test
    void everyAppMetricNamedByAnAlertOrDashboardIsExportedByTheRunningApp() throws Exception {
        driveTrafficThatRegistersTheLazyMeters();
        Set<String> exported = exportedNames(api.get("/metrics").expect(200).text());
        assertThat(exported).as("the scrape is the real registry").contains("jvm_memory_used_bytes", "dearme_jobs_queue_depth");

        Map<String, Set<String>> used = usedAppMetrics();
        assertThat(used.keySet()).as("expressions found").anyMatch(k -> k.startsWith("alert "))
                .anyMatch(k -> k.startsWith("panel "));
        Set<String> sourceMeters = DeployFilesTest.knownMetricNames();
        List<String> problems = new ArrayList<>();
        used.forEach((where, names) -> {
            for (String n : names) {
                if (exported.contains(n)) {
                    continue;
                }
                if (CONDITIONAL.containsKey(n) && sourceMeters.contains(n)) {
                    continue;
                }
                problems.add(where + ": " + n + " is not exported by the app");
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void theJobQueueAgeGaugeReportsTheOldestQueuedJob() {
        String before = api.get("/metrics").expect(200).text();
        assertThat(before).containsPattern("(?m)^dearme_jobs_oldest_queued_age_seconds(\\{[^}]*})? ");
        // a queued job created an hour ago with no worker able to run it (no db-scheduler execution)
        long id = jdbc.queryForObject("insert into jobs (kind, status, payload, created_at) values "
                + "('ops-age-probe', 'queued', '{}'::jsonb, now() - interval '1 hour') returning id", Long.class);
        try {
            double age = gauge(api.get("/metrics").expect(200).text(), "dearme_jobs_oldest_queued_age_seconds");
            assertThat(age).isBetween(3600.0, 3600.0 + 600);
        } finally {
            jdbc.update("delete from jobs where id = ?", id);
        }
        assertThat(gauge(api.get("/metrics").expect(200).text(), "dearme_jobs_oldest_queued_age_seconds")).isLessThan(3600.0);
    }

    private void driveTrafficThatRegistersTheLazyMeters() throws InterruptedException {
        TestUsers.User u = users.aUser();
        String today = LocalDate.now(ZoneId.of("Asia/Seoul")).toString();
        api.post("/api/v1/diaries", Map.of("diary_date", today, "title", "모니터링", "content",
                "오늘은 경보 규칙을 점검했다. 바다를 보며 산책도 했다.")).auth(u).expect(201);
        api.get("/api/v1/diaries").auth(u).expect(200);
        for (int i = 0; i < 150 && pendingJobs() > 0; i++) {
            Thread.sleep(200);
        }
    }

    private long pendingJobs() {
        return jdbc.queryForObject("select count(*) from jobs where status in ('queued','running')", Long.class);
    }

    private static double gauge(String scrape, String name) {
        Matcher m = Pattern.compile("(?m)^" + name + "(?:\\{[^}]*})? (\\S+)$").matcher(scrape);
        assertThat(m.find()).as(name + " in the scrape").isTrue();
        return Double.parseDouble(m.group(1));
    }

    private static Set<String> exportedNames(String scrape) {
        Set<String> names = new TreeSet<>();
        for (String line : scrape.split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                names.add(line.split("[{ ]", 2)[0]);
            }
        }
        return names;
    }

    private static Map<String, Set<String>> usedAppMetrics() throws IOException {
        Map<String, Set<String>> used = new LinkedHashMap<>();
        for (Map<String, Object> r : DeployFilesTest.alertRules()) {
            add(used, "alert " + r.get("alert"), String.valueOf(r.get("expr")));
        }
        JsonMapper json = JsonMapper.builder().build();
        try (Stream<Path> files = Files.list(DEPLOY.resolve("grafana/dashboards"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                collectPanels(json.readTree(Files.readString(f)), f.getFileName().toString(), used);
            }
        }
        return used;
    }

    private static void collectPanels(JsonNode node, String file, Map<String, Set<String>> used) {
        for (JsonNode p : node.path("panels").values()) {
            for (JsonNode t : p.path("targets").values()) {
                add(used, "panel " + file + " \"" + p.path("title").asString() + "\" " + t.path("refId").asString(),
                        t.path("expr").asString());
            }
            collectPanels(p, file, used);
        }
        for (JsonNode v : node.path("templating").path("list").values()) {
            add(used, "variable " + file + " " + v.path("name").asString(), v.path("definition").asString()
                    + " " + v.path("query").toString());
        }
    }

    private static void add(Map<String, Set<String>> used, String where, String expr) {
        Matcher m = APP_METRIC.matcher(expr);
        while (m.find()) {
            used.computeIfAbsent(where, k -> new TreeSet<>()).add(m.group(1));
        }
    }
}
