package app.dearme.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The monitoring side of the deploy files (issue 16): Prometheus sends to Alertmanager, Alertmanager routes by
 * severity to two webhooks that are placeholders (no secret in git), every exporter Prometheus scrapes exists in
 * compose, and the Kubernetes monitoring manifests are complete and take credentials from Secrets only.
 * The real tools (amtool, promtool) run in .ci/suites/15-ops.sh.
 */
class MonitoringManifestsTest {

    private static final Path DEPLOY = Path.of("deploy");

    @Test
    void prometheusSendsAlertsToTheAlertmanagerOfTheComposeFile() throws IOException {
        Map<String, Object> prom = yaml(DEPLOY.resolve("prometheus/prometheus.yml")).get(0);
        String alerting = String.valueOf(prom.get("alerting"));
        assertThat(alerting).contains("alertmanager:9093");
        Map<String, Object> services = map(yaml(DEPLOY.resolve("compose/docker-compose.yml")).get(0).get("services"));
        assertThat(services).containsKeys("alertmanager", "postgres-exporter-primary", "postgres-exporter-replica",
                "pgbouncer-exporter", "nginx-exporter", "cadvisor", "node-exporter", "backup");
        for (Object job : (List<?>) prom.get("scrape_configs")) {
            for (Object sc : (List<?>) map(job).get("static_configs")) {
                for (Object target : (List<?>) map(sc).get("targets")) {
                    String host = String.valueOf(target).split(":")[0];
                    assertThat(host.equals("localhost") || services.containsKey(host))
                            .as("scrape target " + target + " is a compose service").isTrue();
                }
            }
        }
    }

    @Test
    void composeAppInstancesHaveTheKubernetesLimitsSoTheContainerAlertsCanFire() throws IOException {
        Map<String, Object> services = map(yaml(DEPLOY.resolve("compose/docker-compose.yml")).get(0).get("services"));
        Map<String, Object> deployment = yaml(DEPLOY.resolve("k8s/20-deployment.yaml")).stream()
                .filter(d -> "Deployment".equals(d.get("kind"))).findFirst().orElseThrow();
        Map<String, Object> limits = map(map(map(((List<?>) map(map(map(deployment.get("spec")).get("template"))
                .get("spec")).get("containers")).get(0)).get("resources")).get("limits"));
        for (String app : List.of("app1", "app2")) {
            Map<String, Object> svc = map(services.get(app));
            assertThat(String.valueOf(svc.get("mem_limit")) + "i").as(app + " memory").isEqualToIgnoringCase(String.valueOf(limits.get("memory")));
            assertThat(Double.parseDouble(String.valueOf(svc.get("cpus")))).as(app + " cpus")
                    .isEqualTo(Double.parseDouble(String.valueOf(limits.get("cpu"))));
        }
    }

    @Test
    void alertmanagerRoutesCriticalToThePagerAndWarningsToChatThroughPlaceholderWebhooks() throws IOException {
        Map<String, Object> am = yaml(DEPLOY.resolve("alertmanager/alertmanager.yml")).get(0);
        String routes = String.valueOf(map(am.get("route")).get("routes"));
        assertThat(routes).contains("receiver=pager", "severity=\"critical\"", "receiver=chat");
        List<String> urls = new ArrayList<>();
        for (Object r : (List<?>) am.get("receivers")) {
            for (Object w : (List<?>) map(r).get("webhook_configs")) {
                urls.add(String.valueOf(map(w).get("url")));
            }
        }
        assertThat(urls).hasSize(2).allMatch(u -> u.matches("https?://[a-z-]+\\.invalid/.*"),
                "placeholders on .invalid hosts, never a real webhook token");
    }

    @Test
    void kubernetesMonitoringManifestsAreCompleteAndTakeCredentialsFromSecrets() throws IOException {
        List<Map<String, Object>> docs = new ArrayList<>();
        try (Stream<Path> files = Files.list(DEPLOY.resolve("k8s/monitoring"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                docs.addAll(yaml(f));
            }
        }
        List<String> kinds = new ArrayList<>();
        for (Map<String, Object> d : docs) {
            Map<String, Object> meta = map(d.get("metadata"));
            assertThat(d.get("apiVersion")).isNotNull();
            assertThat(meta.get("name")).isNotNull();
            if (!String.valueOf(d.get("kind")).startsWith("Cluster")) { // ClusterRole(Binding) have no namespace
                assertThat(meta.get("namespace")).isEqualTo("dearme");
            }
            kinds.add(d.get("kind") + "/" + meta.get("name"));
        }
        assertThat(kinds).contains("Deployment/alertmanager", "Service/alertmanager", "Deployment/postgres-exporter",
                "Deployment/pgbouncer-exporter", "DaemonSet/node-exporter", "CronJob/dearme-backup",
                "Deployment/postgres-exporter-replica", "ConfigMap/prometheus-config", "Deployment/prometheus",
                "ClusterRole/dearme-prometheus", "ClusterRoleBinding/dearme-prometheus");
        String all = Files.readString(DEPLOY.resolve("k8s/monitoring/70-monitoring.yaml"))
                + Files.readString(DEPLOY.resolve("k8s/monitoring/80-backup.yaml"));
        // every credential is a secretKeyRef; no "password"/connection string with a password as a literal value
        assertThat(all).doesNotContainPattern("(?m)^\\s+value: .*://[^\\s:@]+:[^\\s@.]+@");
        assertThat(all).doesNotContainPattern("(?im)^\\s+- name: \\S*(PASSWORD|PASS|DATA_SOURCE_NAME)\\S*\\n\\s+value:");
        assertThat(all).contains("--from-file=deploy/backup/pg_dump.sh");
        assertThat(DEPLOY.resolve("backup/pg_dump.sh")).exists();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> yaml(Path f) throws IOException {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object d : new Yaml().loadAll(Files.readString(f))) {
            out.add((Map<String, Object>) d);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }
}
