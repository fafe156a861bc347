package app.dearme.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every exporter an alert rule or a dashboard panel reads must run in both deployments and be scraped under the job
 * name the expression selects (issue 16). The jobs are taken from the expressions themselves ({@code job="..."}), so
 * a new rule on a new exporter fails here until compose, Kubernetes and both Prometheus configs have it. Kubernetes
 * targets are found by container name (65-prometheus.yaml); that container must exist in deploy/k8s and run the same
 * image and version as the compose service, so both produce the same metric names.
 */
class ExportersTest {

    private static final Path DEPLOY = Path.of("deploy");
    private static final Pattern JOB = Pattern.compile("job=\"([a-z0-9-]+)\"");
    private static final Pattern K8S_KEEP = Pattern.compile("^([a-z0-9-]+);([a-z0-9-]+)$");
    /** Which exporter a metric family comes from: the job its selector must name. */
    private static final Map<String, String> PREFIX_JOB = Map.of("pg_", "postgres", "pgbouncer_", "pgbouncer",
            "nginx_", "nginx", "container_", "cadvisor", "node_", "node", "backup_", "node");

    @Test
    void everyJobTheRulesAndDashboardsSelectIsScrapedInComposeAndKubernetesAndRunsTheSameExporter() throws IOException {
        Map<String, String> exprs = expressions();
        Set<String> jobs = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        exprs.forEach((where, expr) -> {
            Matcher m = JOB.matcher(expr);
            while (m.find()) {
                jobs.add(m.group(1));
            }
            // an exporter metric selected without (or with another) job would be summed over the wrong targets
            PREFIX_JOB.forEach((prefix, job) -> {
                Matcher mm = Pattern.compile("\\b" + prefix + "[a-zA-Z0-9_]+\\{([^}]*)}").matcher(expr);
                while (mm.find()) {
                    if (!mm.group(1).contains("job=\"" + job + "\"")) {
                        problems.add(where + ": " + mm.group() + " must select job=\"" + job + "\"");
                    }
                }
            });
        });
        assertThat(problems).isEmpty();
        assertThat(jobs).as("exporter jobs the rules and dashboards read")
                .contains("dearme", "postgres", "pgbouncer", "nginx", "cadvisor", "node");

        Map<String, Object> services = map(yaml(DEPLOY.resolve("compose/docker-compose.yml")).get(0).get("services"));
        Map<String, Map<String, Object>> composeJobs = jobsByName(yaml(DEPLOY.resolve("prometheus/prometheus.yml")).get(0));
        Map<String, Map<String, Object>> k8sJobs = jobsByName(k8sPrometheusConfig());
        Map<String, List<Map<String, Object>>> k8sContainers = k8sContainers();

        for (String job : jobs) {
            // compose: a scrape job with targets that are compose services running an image
            Map<String, Object> cj = composeJobs.get(job);
            assertThat(cj).as("compose prometheus.yml scrapes job " + job).isNotNull();
            Set<String> composeImages = new TreeSet<>();
            for (Object sc : list(cj.get("static_configs"))) {
                for (Object t : list(map(sc).get("targets"))) {
                    String host = String.valueOf(t).split(":")[0];
                    assertThat(services).as("compose service behind target " + t + " of job " + job).containsKey(host);
                    Object image = map(services.get(host)).get("image");
                    if (image == null) {
                        image = map(services.get(host)).get("<<"); // app1/app2 inherit x-app
                    }
                    composeImages.add(String.valueOf(image instanceof Map<?, ?> m ? m.get("image") : image));
                }
            }
            // Kubernetes: a job of the same name in the Prometheus ConfigMap
            Map<String, Object> kj = k8sJobs.get(job);
            assertThat(kj).as("Kubernetes Prometheus (65-prometheus.yaml) scrapes job " + job).isNotNull();
            String role = String.valueOf(map(list(kj.get("kubernetes_sd_configs")).get(0)).get("role"));
            if (job.equals("cadvisor")) {
                assertThat(role).isEqualTo("node");
                assertThat(String.valueOf(kj.get("relabel_configs"))).contains("/proxy/metrics/cadvisor");
                assertThat(String.valueOf(kj.get("metric_relabel_configs"))).as("alerts group by name")
                        .contains("target_label=name");
                continue;
            }
            assertThat(role).as(job + " discovers pods").isEqualTo("pod");
            String keep = keepRegex(kj);
            Matcher km = K8S_KEEP.matcher(keep);
            assertThat(km.matches()).as(job + " keeps one container;port, got " + keep).isTrue();
            List<Map<String, Object>> containers = k8sContainers.getOrDefault(km.group(1), List.of());
            assertThat(containers).as("a container named " + km.group(1) + " in deploy/k8s for job " + job).isNotEmpty();
            for (Map<String, Object> c : containers) {
                assertThat(String.valueOf(c.get("ports"))).as(km.group(1) + " has port " + km.group(2))
                        .contains("name=" + km.group(2));
                String image = String.valueOf(c.get("image"));
                if (!job.equals("dearme")) { // the app: a registry image in K8s, built locally in compose
                    assertThat(composeImages).as(job + ": Kubernetes runs the compose image").contains(image);
                }
            }
        }
    }

    @Test
    void postgresTargetsAreLabelledPrimaryAndReplicaInBothDeployments() throws IOException {
        Map<String, Object> composeJob = jobsByName(yaml(DEPLOY.resolve("prometheus/prometheus.yml")).get(0)).get("postgres");
        Set<String> composeRoles = new TreeSet<>();
        for (Object sc : list(composeJob.get("static_configs"))) {
            composeRoles.add(String.valueOf(map(map(sc).get("labels")).get("role")));
        }
        assertThat(composeRoles).containsExactly("primary", "replica");

        Map<String, Object> k8sJob = jobsByName(k8sPrometheusConfig()).get("postgres");
        assertThat(String.valueOf(k8sJob.get("relabel_configs")))
                .contains("__meta_kubernetes_pod_label_pg_role", "target_label=role");
        Set<String> k8sRoles = new TreeSet<>();
        for (Map<String, Object> d : monitoringDocs()) {
            Map<String, Object> labels = map(at(d, "spec", "template", "metadata", "labels"));
            if (labels != null && labels.get("pg-role") != null) {
                k8sRoles.add(String.valueOf(labels.get("pg-role")));
            }
        }
        assertThat(k8sRoles).containsExactly("primary", "replica");
    }

    @Test
    void dashboardsHaveAPanelPerExporterAndACacheHitRatioWithOneQuantityPerPanel() throws IOException {
        Map<String, List<String>> panels = new LinkedHashMap<>();
        JsonMapper json = JsonMapper.builder().build();
        try (Stream<Path> files = Files.list(DEPLOY.resolve("grafana/dashboards"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                collect(json.readTree(Files.readString(f)), panels);
            }
        }
        for (String job : List.of("postgres", "pgbouncer", "nginx", "cadvisor", "node")) {
            assertThat(panels.values()).as("a panel reads job " + job)
                    .anyMatch(targets -> targets.stream().anyMatch(e -> e.contains("job=\"" + job + "\"")));
        }
        assertThat(panels.values()).as("cache hit ratio panel").anyMatch(targets -> targets.stream()
                .anyMatch(e -> e.contains("cache_gets_total") && e.contains("result=\"hit\"") && e.contains(" / ")));
        // a rate and a gauge of connections are different units: never one axis (the same rule as the ops page)
        panels.forEach((title, targets) -> {
            boolean rate = targets.stream().anyMatch(e -> e.contains("nginx_http_requests_total"));
            boolean conns = targets.stream().anyMatch(e -> e.contains("nginx_connections_"));
            assertThat(rate && conns).as(title + " mixes requests/s and connections").isFalse();
        });
    }

    @Test
    void kubernetesExporterManifestsReferenceSecretsAndNeverCarryAPassword() throws IOException {
        String all = Files.readString(DEPLOY.resolve("k8s/monitoring/65-prometheus.yaml"))
                + Files.readString(DEPLOY.resolve("k8s/monitoring/70-monitoring.yaml"))
                + Files.readString(DEPLOY.resolve("k8s/monitoring/ingress-nginx/values.yaml"));
        assertThat(all).doesNotContainPattern("://[^\\s:@/]+:[^\\s@./]+@");
        assertThat(all).doesNotContainPattern("(?im)^\\s+- name: \\S*(PASSWORD|PASS|DATA_SOURCE_NAME|CONNECTION_STRING)\\S*\\n\\s+value:");
        assertThat(all).contains("key: DATA_SOURCE_NAME_REPLICA", "key: PGBOUNCER_EXPORTER_CONNECTION_STRING");
        assertThat(all).as("the rules ConfigMap is made from the file, not copied")
                .contains("--from-file=deploy/prometheus/alerts.yml");
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static Map<String, String> expressions() throws IOException {
        Map<String, String> exprs = new LinkedHashMap<>();
        for (Map<String, Object> r : DeployFilesTest.alertRules()) {
            exprs.put("alert " + r.get("alert"), String.valueOf(r.get("expr")));
        }
        Map<String, List<String>> panels = new LinkedHashMap<>();
        JsonMapper json = JsonMapper.builder().build();
        try (Stream<Path> files = Files.list(DEPLOY.resolve("grafana/dashboards"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                collect(json.readTree(Files.readString(f)), panels);
            }
        }
        panels.forEach((title, targets) -> exprs.put("panel " + title, String.join("\n", targets)));
        return exprs;
    }

    private static void collect(JsonNode node, Map<String, List<String>> out) {
        for (JsonNode p : node.path("panels").values()) {
            List<String> targets = new ArrayList<>();
            for (JsonNode t : p.path("targets").values()) {
                targets.add(t.path("expr").asString());
            }
            if (!targets.isEmpty()) {
                out.put(p.path("title").asString(), targets);
            }
            collect(p, out);
        }
    }

    private static String keepRegex(Map<String, Object> job) {
        for (Object r : list(job.get("relabel_configs"))) {
            Map<String, Object> rc = map(r);
            if ("keep".equals(rc.get("action"))
                    && String.valueOf(rc.get("source_labels")).contains("__meta_kubernetes_pod_container_name")) {
                return String.valueOf(rc.get("regex"));
            }
        }
        throw new AssertionError("job " + job.get("job_name") + " keeps no container by name");
    }

    private static Map<String, Map<String, Object>> jobsByName(Map<String, Object> prom) {
        Map<String, Map<String, Object>> out = new TreeMap<>();
        for (Object j : list(prom.get("scrape_configs"))) {
            out.put(String.valueOf(map(j).get("job_name")), map(j));
        }
        return out;
    }

    private static Map<String, Object> k8sPrometheusConfig() throws IOException {
        for (Map<String, Object> d : monitoringDocs()) {
            if ("ConfigMap".equals(d.get("kind")) && "prometheus-config".equals(map(d.get("metadata")).get("name"))) {
                Object text = map(d.get("data")).get("prometheus.yml");
                return map(new Yaml().load(String.valueOf(text)));
            }
        }
        throw new AssertionError("no ConfigMap prometheus-config in deploy/k8s/monitoring");
    }

    /** Containers by name over every workload in deploy/k8s (and the ingress-nginx sidecar from its Helm values). */
    private static Map<String, List<Map<String, Object>>> k8sContainers() throws IOException {
        Map<String, List<Map<String, Object>>> out = new TreeMap<>();
        List<Map<String, Object>> docs = new ArrayList<>(monitoringDocs());
        try (Stream<Path> files = Files.list(DEPLOY.resolve("k8s"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                docs.addAll(yaml(f));
            }
        }
        for (Map<String, Object> d : docs) {
            Object containers = at(d, "spec", "template", "spec", "containers");
            if (containers instanceof List<?> l) {
                l.forEach(c -> out.computeIfAbsent(String.valueOf(map(c).get("name")), k -> new ArrayList<>()).add(map(c)));
            }
        }
        Map<String, Object> values = yaml(DEPLOY.resolve("k8s/monitoring/ingress-nginx/values.yaml")).get(0);
        for (Object c : list(at(values, "controller", "extraContainers"))) {
            out.computeIfAbsent(String.valueOf(map(c).get("name")), k -> new ArrayList<>()).add(map(c));
        }
        return out;
    }

    private static List<Map<String, Object>> monitoringDocs() throws IOException {
        List<Map<String, Object>> docs = new ArrayList<>();
        try (Stream<Path> files = Files.list(DEPLOY.resolve("k8s/monitoring"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                docs.addAll(yaml(f));
            }
        }
        return docs;
    }

    private static Object at(Map<String, Object> root, String... path) {
        Object cur = root;
        for (String p : path) {
            if (!(cur instanceof Map<?, ?> m)) {
                return null;
            }
            cur = m.get(p);
        }
        return cur;
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

    private static List<?> list(Object o) {
        return o == null ? List.of() : (List<?>) o;
    }
}
