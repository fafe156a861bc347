package app.dearme.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The deployment and monitoring files under {@code deploy/} cannot be run here (no container engine on the dev
 * machine), so this test parses them and cross-checks them against each other and against the application:
 * probe paths, ports, selectors, metric names and label values the app really exposes, the SSE proxy settings,
 * body-size limits, connection-pool arithmetic, and that no secret value is written into a file.
 * Paths are relative to the project root (Maven's working directory for tests).
 */
class DeployFilesTest {

    private static final Path DEPLOY = Path.of("deploy");
    private static final Path MAIN_JAVA = Path.of("src/main/java");
    private static final Path APPLICATION_YML = Path.of("src/main/resources/application.yml");

    private static final String SSE_NOTIFICATIONS = "/api/v1/notifications/stream";
    private static final String SSE_CHAT_EXAMPLE = "/api/v1/chats/42/messages/stream";
    /** The prod profile's management port: /metrics and the actuator for the scraper only (issue 14). */
    private static final String MANAGEMENT_PORT = "8081";
    private static final List<String> NOT_PUBLIC = List.of("/metrics", "/actuator", "/actuator/prometheus",
            "/actuator/health", "/v3/api-docs", "/v3/api-docs/swagger-config", "/docs", "/swagger-ui/index.html");

    // ------------------------------------------------------------------------------------------------ YAML

    @Test
    void everyYamlFileUnderDeployParses() {
        List<Path> files = yamlFiles(DEPLOY);
        assertThat(files).as("YAML files under deploy/").hasSizeGreaterThanOrEqualTo(12);
        for (Path f : files) {
            List<Object> docs;
            try {
                docs = yamlDocs(f);
            } catch (RuntimeException e) {
                throw new AssertionError(f + " does not parse: " + e.getMessage(), e);
            }
            assertThat(docs).as(f + " has at least one document").isNotEmpty();
            assertThat(docs).as(f + " has no empty document").doesNotContainNull();
        }
    }

    // ------------------------------------------------------------------------------------------ Kubernetes

    @Test
    void everyKubernetesDocumentHasApiVersionKindAndName() {
        List<Map<String, Object>> docs = k8sDocs();
        Set<String> kinds = new TreeSet<>();
        for (Map<String, Object> d : docs) {
            String where = d.get("kind") + "/" + str(at(d, "metadata.name"));
            assertThat(str(d.get("apiVersion"))).as(where + " apiVersion").isNotBlank();
            assertThat(str(d.get("kind"))).as(where + " kind").isNotBlank();
            assertThat(str(at(d, "metadata.name"))).as(where + " metadata.name").isNotBlank();
            if (!"Namespace".equals(d.get("kind"))) {
                assertThat(str(at(d, "metadata.namespace"))).as(where + " namespace").isEqualTo("dearme");
            }
            kinds.add(str(d.get("kind")));
        }
        assertThat(kinds).contains("Namespace", "ConfigMap", "Secret", "Deployment", "Service", "Ingress",
                "HorizontalPodAutoscaler", "PodDisruptionBudget");
        assertThat(one(docs, "HorizontalPodAutoscaler").get("apiVersion")).isEqualTo("autoscaling/v2");
    }

    @Test
    void deploymentProbesPortsAndSelectorsAgreeWithServiceIngressHpaAndPdb() {
        List<Map<String, Object>> docs = k8sDocs();
        Map<String, Object> deployment = one(docs, "Deployment");
        Map<String, Object> pod = map(at(deployment, "spec.template"));
        Map<String, Object> podLabels = map(at(pod, "metadata.labels"));
        Map<String, Object> container = map(list(at(pod, "spec.containers")).get(0));
        Map<String, Integer> ports = new HashMap<>();
        for (Object p : list(container.get("ports"))) {
            Map<String, Object> port = map(p);
            ports.put(String.valueOf(port.get("containerPort")), num(port.get("containerPort")));
            if (port.get("name") != null) {
                ports.put(str(port.get("name")), num(port.get("containerPort")));
            }
        }
        assertThat(ports).as("container ports").isNotEmpty();
        assertThat(num(at(deployment, "spec.replicas"))).isEqualTo(2);
        assertThat(podLabels).as("selector matches the pod labels")
                .containsAllEntriesOf(map(at(deployment, "spec.selector.matchLabels")));

        assertThat(str(at(container, "readinessProbe.httpGet.path"))).isEqualTo("/health/readiness");
        assertThat(str(at(container, "livenessProbe.httpGet.path"))).isEqualTo("/health/liveness");
        assertThat(str(at(container, "startupProbe.httpGet.path"))).isIn("/health/liveness", "/health/readiness");
        for (String probe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
            assertThat(ports).as(probe + " port is a container port")
                    .containsKey(String.valueOf(at(container, probe + ".httpGet.port")));
        }
        assertThat(map(at(container, "resources.requests"))).containsKeys("cpu", "memory");
        assertThat(map(at(container, "resources.limits"))).containsKeys("cpu", "memory");

        // Prometheus annotations point at the app's /metrics on the container port
        Map<String, Object> annotations = map(at(pod, "metadata.annotations"));
        assertThat(annotations.get("prometheus.io/scrape")).isEqualTo("true");
        assertThat(annotations.get("prometheus.io/path")).isEqualTo("/metrics");
        assertThat(ports).containsKey(str(annotations.get("prometheus.io/port")));

        // draining: grace period > preStop sleep + Spring's shutdown phase
        List<Object> preStop = list(at(container, "lifecycle.preStop.exec.command"));
        assertThat(preStop).as("preStop sleeps").first().isEqualTo("sleep");
        int sleep = Integer.parseInt(str(preStop.get(preStop.size() - 1)));
        int shutdownPhase = seconds(str(at(applicationYml(), "spring.lifecycle.timeout-per-shutdown-phase")));
        assertThat(num(at(pod, "spec.terminationGracePeriodSeconds")))
                .as("terminationGracePeriodSeconds covers preStop (%ss) + shutdown phase (%ss)", sleep, shutdownPhase)
                .isGreaterThan(sleep + shutdownPhase);

        // Service -> pods
        Map<String, Object> service = one(docs, "Service");
        assertThat(map(at(service, "spec.selector"))).as("Service selector").isNotEmpty();
        assertThat(podLabels).as("Service selector matches the pod labels").containsAllEntriesOf(map(at(service, "spec.selector")));
        Set<String> servicePorts = new LinkedHashSet<>();
        for (Object p : list(at(service, "spec.ports"))) {
            Map<String, Object> port = map(p);
            assertThat(ports).as("Service targetPort %s is a container port", port.get("targetPort"))
                    .containsKey(String.valueOf(port.get("targetPort")));
            servicePorts.add(String.valueOf(port.get("port")));
            if (port.get("name") != null) {
                servicePorts.add(str(port.get("name")));
            }
        }

        // Ingress -> Service
        List<Map<String, Object>> ingresses = all(docs, "Ingress");
        boolean sseIngress = false;
        for (Map<String, Object> ing : ingresses) {
            for (Object r : list(at(ing, "spec.rules"))) {
                for (Object p : list(at(map(r), "http.paths"))) {
                    Map<String, Object> backend = map(at(map(p), "backend.service"));
                    assertThat(backend.get("name")).isEqualTo(at(service, "metadata.name"));
                    Object port = at(backend, "port.name") != null ? at(backend, "port.name") : at(backend, "port.number");
                    assertThat(servicePorts).as("Ingress backend port").contains(String.valueOf(port));
                }
            }
            Map<String, Object> ann = map(at(ing, "metadata.annotations"));
            if ("off".equals(ann.get("nginx.ingress.kubernetes.io/proxy-buffering"))) {
                sseIngress = true;
                assertThat(Integer.parseInt(str(ann.get("nginx.ingress.kubernetes.io/proxy-read-timeout"))))
                        .isGreaterThanOrEqualTo(3600);
                List<String> paths = ingressPaths(ing);
                assertThat(paths.stream().anyMatch(SSE_NOTIFICATIONS::startsWith)).as("SSE ingress covers " + SSE_NOTIFICATIONS).isTrue();
                assertThat(paths.stream().anyMatch(SSE_CHAT_EXAMPLE::startsWith)).as("SSE ingress covers chat streams").isTrue();
            }
        }
        assertThat(sseIngress).as("an Ingress with proxy-buffering off for the SSE streams").isTrue();

        // HPA and PDB
        Map<String, Object> hpa = one(docs, "HorizontalPodAutoscaler");
        assertThat(at(hpa, "spec.scaleTargetRef.kind")).isEqualTo("Deployment");
        assertThat(at(hpa, "spec.scaleTargetRef.name")).isEqualTo(at(deployment, "metadata.name"));
        assertThat(num(at(hpa, "spec.minReplicas"))).isGreaterThanOrEqualTo(2);
        assertThat(list(at(hpa, "spec.metrics")).stream().map(m -> at(map(m), "resource.name")).toList()).contains("cpu");
        // and on what saturates an instance first: in-flight requests and the job queue, each published by an
        // adapter rule over a series the app exports
        List<String> podMetrics = list(at(hpa, "spec.metrics")).stream().filter(m -> "Pods".equals(map(m).get("type")))
                .map(m -> (String) at(map(m), "pods.metric.name")).toList();
        assertThat(podMetrics).contains("dearme_http_in_flight", "dearme_jobs_queue_age_seconds");
        String adapter = read(DEPLOY.resolve("k8s/monitoring/75-prometheus-adapter-rules.yaml"));
        Map<String, Object> adapterMap = map(yamlDocs(DEPLOY.resolve("k8s/monitoring/75-prometheus-adapter-rules.yaml")).get(0));
        String config = (String) map(adapterMap.get("data")).get("config.yaml");
        List<Object> rules = list(map(new Yaml(new SafeConstructor(new LoaderOptions())).load(config)).get("rules"));
        for (String name : podMetrics) {
            assertThat(rules).as("an adapter rule publishes " + name)
                    .anyMatch(r -> name.equals(at(map(r), "name.as")));
        }
        assertThat(adapter).contains("http_server_requests_active_seconds_gcount")
                .contains("dearme_jobs_oldest_queued_age_seconds")
                // an open notification tab is an "active" request for hours: the in-flight signal leaves streams out
                .contains("- sum(dearme_notification_streams_open{<<.LabelMatchers>>})");
        Map<String, Object> pdb = one(docs, "PodDisruptionBudget");
        assertThat(map(at(pdb, "spec.selector.matchLabels"))).as("PDB selector").isNotEmpty();
        assertThat(podLabels).as("PDB selector matches the pod labels").containsAllEntriesOf(map(at(pdb, "spec.selector.matchLabels")));
    }

    @Test
    void kubernetesSettingsComeFromTheConfigMapAndSecretsOnlyFromTheSecretTemplate() {
        List<Map<String, Object>> docs = k8sDocs();
        Map<String, Object> container = map(list(at(one(docs, "Deployment"), "spec.template.spec.containers")).get(0));
        Map<String, Object> configMap = one(docs, "ConfigMap");
        Map<String, Object> secret = one(docs, "Secret");

        Set<String> configMapRefs = list(container.get("envFrom")).stream()
                .map(e -> str(at(map(e), "configMapRef.name"))).collect(Collectors.toSet());
        assertThat(configMapRefs).contains(str(at(configMap, "metadata.name")));

        Map<String, Object> data = map(configMap.get("data"));
        for (Map.Entry<String, Object> e : data.entrySet()) {
            assertThat(e.getValue()).as("ConfigMap value %s must be a string", e.getKey()).isInstanceOf(String.class);
            assertThat(isSecretName(e.getKey())).as("secret %s does not belong in the ConfigMap", e.getKey()).isFalse();
        }
        assertThat(data).containsKeys("DEARME_DB_URL", "DEARME_DB_DIRECT_URL", "SPRING_PROFILES_ACTIVE");
        if ("true".equals(data.get("DEARME_DB_PGBOUNCER"))) {
            assertThat(str(data.get("DEARME_DB_DIRECT_URL"))).as("LISTEN needs a direct URL behind PgBouncer").isNotBlank();
        }
        assertThat(str(data.get("SPRING_PROFILES_ACTIVE"))).contains("prod");
        // ingress pods have no fixed address: without a trusted range every user shares one per-IP rate limit
        String proxies = str(data.get("DEARME_TRUSTED_PROXIES"));
        assertThat(proxies).as("trusted ingress range").isNotBlank();
        for (String p : proxies.split(",")) {
            new org.springframework.security.web.util.matcher.IpAddressMatcher(p.trim());
        }

        Map<String, Object> stringData = map(secret.get("stringData"));
        assertThat(stringData).as("Secret template keys").isNotEmpty();
        stringData.forEach((k, v) -> assertThat(str(v)).as("the Secret template holds no value for " + k).isEmpty());
        assertThat(secret.get("data")).as("no base64 data in the Secret template").isNull();

        Set<String> secretEnv = new TreeSet<>();
        for (Object o : list(container.get("env"))) {
            Map<String, Object> env = map(o);
            Object ref = at(env, "valueFrom.secretKeyRef");
            if (ref != null) {
                assertThat(at(map(ref), "name")).isEqualTo(at(secret, "metadata.name"));
                assertThat(stringData).containsKey(str(at(map(ref), "key")));
                secretEnv.add(str(env.get("name")));
            } else {
                assertThat(isSecretName(str(env.get("name")))).as("%s must come from the Secret", env.get("name")).isFalse();
            }
        }
        assertThat(secretEnv).contains("DEARME_DB_PASSWORD", "DEARME_JWT_SECRET");
    }

    // ------------------------------------------------------------------------------------------ Prometheus

    @Test
    void everyAlertRuleIsCompleteAndUniquelyNamed() {
        List<Map<String, Object>> rules = alertRules();
        assertThat(rules).hasSizeGreaterThanOrEqualTo(14);
        Set<String> names = new LinkedHashSet<>();
        for (Map<String, Object> r : rules) {
            String name = str(r.get("alert"));
            assertThat(name).as("alert name").isNotBlank();
            assertThat(names.add(name)).as("alert name %s is unique", name).isTrue();
            assertThat(str(r.get("expr"))).as(name + " expr").isNotBlank();
            assertThat(str(r.get("for"))).as(name + " for").matches("\\d+[smh]");
            assertThat(str(at(r, "labels.severity"))).as(name + " severity").isIn("warning", "critical");
            assertThat(str(at(r, "annotations.summary"))).as(name + " summary").isNotBlank();
        }
        // the HTTP latency alerts leave out the two SSE streams (their duration is how long a stream stayed open)
        List<String> latency = rules.stream().map(r -> str(r.get("expr")))
                .filter(e -> e.contains("http_server_requests_seconds_bucket")).toList();
        assertThat(latency).hasSizeGreaterThanOrEqualTo(2);
        for (String expr : latency) {
            assertThat(uriExclusionMatches(expr, SSE_NOTIFICATIONS)).as("excludes " + SSE_NOTIFICATIONS + ": " + expr).isTrue();
            assertThat(uriExclusionMatches(expr, "/api/v1/chats/{id}/messages/stream")).as("excludes chat streams: " + expr).isTrue();
            assertThat(uriExclusionMatches(expr, "/api/v1/diaries")).as("keeps ordinary URIs: " + expr).isFalse();
        }
        // every alert is explained in the operations guide's table
        String ops = read(Path.of("docs/operations.md"));
        for (String name : names) {
            assertThat(ops).as("docs/operations.md explains " + name).contains(name);
        }
    }

    @Test
    void prometheusScrapesEveryComposeInstanceAndLoadsTheAlerts() {
        Path config = DEPLOY.resolve("prometheus/prometheus.yml");
        Map<String, Object> prom = map(yamlDocs(config).get(0));
        List<Object> ruleFiles = list(prom.get("rule_files"));
        assertThat(ruleFiles).isNotEmpty();
        for (Object f : ruleFiles) {
            assertThat(config.resolveSibling(str(f))).as("rule file " + f).exists();
        }
        Map<String, Object> job = list(prom.get("scrape_configs")).stream().map(DeployFilesTest::map)
                .filter(j -> "dearme".equals(j.get("job_name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no scrape job \"dearme\" (the alerts select job=\"dearme\")"));
        assertThat(job.get("metrics_path")).isEqualTo("/metrics");
        Set<String> targets = new TreeSet<>();
        for (Object sc : list(job.get("static_configs"))) {
            list(map(sc).get("targets")).forEach(t -> targets.add(str(t)));
        }
        Set<String> expected = appServices().stream().map(s -> s + ":" + MANAGEMENT_PORT)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(targets).as("the instances' management ports (prod profile)").isEqualTo(expected);
        for (String app : appServices()) {
            assertThat(env(composeServices().get(app)).get("MANAGEMENT_SERVER_PORT")).as(app).isEqualTo(MANAGEMENT_PORT);
        }
    }

    @Test
    void everyMetricInAlertsAndDashboardExistsInTheApp() {
        Set<String> known = knownMetricNames();
        assertThat(known).as("meters found in src/main/java")
                .contains("dearme_jobs_queue_depth", "dearme_ai_requests_total", "dearme_ai_latency_seconds_bucket",
                        "dearme_chat_turn_slots_waiting", "dearme_jobs_total", "dearme_ai_cost_usd_total");
        assertThat(known).as("the jobs timer has no histogram").doesNotContain("dearme_jobs_duration_seconds_bucket");

        Map<String, String> exprs = new LinkedHashMap<>();
        for (Map<String, Object> r : alertRules()) {
            exprs.put("alert " + r.get("alert"), str(r.get("expr")));
        }
        JsonNode dash = dashboard();
        for (JsonNode p : panels(dash)) {
            for (JsonNode t : p.path("targets").values()) {
                exprs.put("panel \"" + p.path("title").asString() + "\" " + t.path("refId").asString(), t.path("expr").asString());
            }
        }
        for (JsonNode v : dash.path("templating").path("list").values()) {
            String def = v.path("definition").asString();
            Matcher m = Pattern.compile("label_values\\(\\s*([^,]+),").matcher(def);
            if (m.find()) {
                exprs.put("variable " + v.path("name").asString(), m.group(1));
            }
        }

        Set<String> used = new TreeSet<>();
        Set<String> outcomes = knownOutcomeValues();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> e : exprs.entrySet()) {
            Set<String> names = metricNames(e.getValue());
            if (names.isEmpty()) {
                problems.add(e.getKey() + ": no metric in " + e.getValue());
            }
            for (String n : names) {
                used.add(n);
                if (!known.contains(n) && !isFrameworkMetric(n)) {
                    problems.add(e.getKey() + ": unknown metric " + n);
                }
            }
            for (String v : labelValues(e.getValue(), "outcome")) {
                if (!outcomes.contains(v)) {
                    problems.add(e.getKey() + ": outcome=\"" + v + "\" is never recorded (known: " + outcomes + ")");
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(used).contains("up", "http_server_requests_seconds_bucket", "hikaricp_connections_pending",
                "dearme_jobs_queue_depth", "dearme_ai_requests_total", "jvm_memory_used_bytes");
    }

    // ---------------------------------------------------------------------------------------------- Grafana

    @Test
    void dashboardIsValidAndUsesTheProvisionedDatasource() {
        Map<String, Object> ds = map(list(map(yamlDocs(DEPLOY.resolve("grafana/provisioning/datasources/prometheus.yml")).get(0))
                .get("datasources")).get(0));
        String uid = str(ds.get("uid"));
        assertThat(uid).isNotBlank();
        assertThat(ds.get("type")).isEqualTo("prometheus");
        assertThat(str(ds.get("url"))).isEqualTo("http://prometheus:9090");
        assertThat(composeServices()).containsKey("prometheus");

        JsonNode dash = dashboard();
        assertThat(dash.path("schemaVersion").isInt()).as("schemaVersion").isTrue();
        assertThat(dash.path("uid").asString()).isNotBlank();
        assertThat(dash.path("title").asString()).isNotBlank();
        List<JsonNode> panels = panels(dash);
        assertThat(panels).hasSizeGreaterThanOrEqualTo(12);
        Set<Integer> ids = new TreeSet<>();
        StringBuilder allExprs = new StringBuilder();
        for (JsonNode p : panels) {
            String title = p.path("title").asString();
            assertThat(ids.add(p.path("id").asInt())).as("panel id unique: " + title).isTrue();
            assertThat(p.path("gridPos").isObject()).as("gridPos of " + title).isTrue();
            assertThat(p.path("datasource").path("uid").asString()).as("datasource of " + title).isEqualTo(uid);
            List<JsonNode> targets = new ArrayList<>(p.path("targets").values());
            assertThat(targets).as("targets of " + title).isNotEmpty();
            for (JsonNode t : targets) {
                assertThat(t.path("expr").asString()).as("expr in " + title).isNotBlank();
                assertThat(t.path("datasource").path("uid").asString()).as("target datasource in " + title).isEqualTo(uid);
                allExprs.append(t.path("expr").asString()).append('\n');
            }
        }
        for (JsonNode v : dash.path("templating").path("list").values()) {
            if (v.path("datasource").isObject()) {
                assertThat(v.path("datasource").path("uid").asString()).isEqualTo(uid);
            }
        }
        // the panels the operations guide promises
        assertThat(allExprs.toString()).contains("http_server_requests_seconds_count", "histogram_quantile(0.99",
                "status=~\"5..\"", "hikaricp_connections_active", "hikaricp_connections_pending",
                "dearme_jobs_queue_depth", "outcome", "dearme_ai_requests_total", "dearme_ai_latency_seconds_bucket",
                "dearme_ai_cost_usd_total", "dearme_notification_streams_open", "dearme_chat_turn_slots_available",
                "jvm_memory_used_bytes");

        // the dashboard provider reads the directory compose mounts the JSON into
        Map<String, Object> provider = map(list(map(yamlDocs(DEPLOY.resolve("grafana/provisioning/dashboards/dearme.yml")).get(0))
                .get("providers")).get(0));
        String path = str(at(provider, "options.path"));
        assertThat(mountTargets("grafana")).as("grafana mounts").containsEntry("../grafana/dashboards", path);
        assertThat(mountTargets("grafana")).containsEntry("../grafana/provisioning", "/etc/grafana/provisioning");
    }

    // ------------------------------------------------------------------------------------------------ nginx

    @Test
    void nginxBalancesWithLeastConnAndNeverBuffersTheStreams() {
        String conf = stripComments(read(DEPLOY.resolve("nginx/dearme.conf")));
        assertBalancedBraces(conf);

        String upstream = block(conf, "upstream dearme");
        assertThat(upstream).containsPattern("(?m)^\\s*least_conn;");
        Set<String> servers = new TreeSet<>();
        Matcher s = Pattern.compile("(?m)^\\s*server\\s+([^\\s;]+)").matcher(upstream);
        while (s.find()) {
            servers.add(s.group(1));
        }
        assertThat(servers).as("upstream servers = the compose app services")
                .isEqualTo(appServices().stream().map(a -> a + ":8080").collect(Collectors.toCollection(TreeSet::new)));

        String server = block(conf, "server");
        String serverLevel = removeBlocks(server);
        assertThat(serverLevel).contains("proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;",
                "proxy_set_header X-Forwarded-Proto $scheme;", "proxy_set_header Host $host;");
        assertThat(serverLevel).containsPattern("gzip\\s+on;");
        String gzipTypes = directive(serverLevel, "gzip_types");
        assertThat(gzipTypes).contains("application/json", "application/javascript", "text/css");

        // body size: at least the app's multipart request limit and its JSON limit
        long nginxMax = bytes(directive(serverLevel, "client_max_body_size"));
        long multipart = bytes(str(at(applicationYml(), "spring.servlet.multipart.max-request-size")));
        assertThat(nginxMax).as("client_max_body_size >= multipart max-request-size").isGreaterThanOrEqualTo(multipart);
        assertThat(nginxMax).as("client_max_body_size >= BodySizeLimitFilter").isGreaterThanOrEqualTo(jsonBodyLimit());
        assertThat(nginxMax).as("client_max_body_size close to the app's limit").isLessThanOrEqualTo(multipart * 2);

        // the two SSE locations
        Map<String, String> locations = locations(server);
        String notifications = locations.entrySet().stream().filter(e -> locationMatches(e.getKey(), SSE_NOTIFICATIONS)
                && !e.getKey().equals("/")).map(Map.Entry::getValue).findFirst().orElse(null);
        String chat = locations.entrySet().stream().filter(e -> locationMatches(e.getKey(), SSE_CHAT_EXAMPLE)
                && !e.getKey().equals("/")).map(Map.Entry::getValue).findFirst().orElse(null);
        assertThat(notifications).as("a location for " + SSE_NOTIFICATIONS).isNotNull();
        assertThat(chat).as("a location for " + SSE_CHAT_EXAMPLE).isNotNull();
        String chatKey = locations.keySet().stream().filter(k -> k.startsWith("~")).filter(k -> locationMatches(k, SSE_CHAT_EXAMPLE))
                .findFirst().orElseThrow();
        assertThat(locationMatches(chatKey, "/api/v1/chats/42/messages")).as("the chat regex matches only the stream").isFalse();
        for (String sse : List.of(notifications, chat)) {
            assertThat(sse).containsPattern("proxy_buffering\\s+off;").containsPattern("proxy_cache\\s+off;")
                    .containsPattern("proxy_http_version\\s+1\\.1;").contains("proxy_set_header Connection \"\";")
                    .contains("proxy_pass http://dearme;");
            assertThat(seconds(directive(sse, "proxy_read_timeout"))).isGreaterThanOrEqualTo(3600);
            // a location that sets any proxy_set_header inherits none from the server block
            assertThat(sse).contains("proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;",
                    "proxy_set_header X-Forwarded-Proto $scheme;", "proxy_set_header Host $host;");
        }

        String assets = locations.get("/assets/");
        assertThat(assets).as("location /assets/").isNotNull().contains("max-age=31536000").contains("immutable");
        assertThat(locations.get("= /metrics")).as("/metrics is not public").contains("return 404");

        // the app and /health only: metrics, actuator and API docs end at the proxy
        for (String uri : NOT_PUBLIC) {
            assertThat(winningLocation(locations, uri)).as("nginx location for " + uri).contains("return 404")
                    .doesNotContain("proxy_pass");
        }
        for (String uri : List.of("/health", "/health/readiness", "/api/v1/diaries", "/login", "/", SSE_NOTIFICATIONS)) {
            assertThat(winningLocation(locations, uri)).as("nginx location for " + uri).contains("proxy_pass http://dearme;");
        }
    }

    /** nginx's choice: exact match, else the longest prefix unless it is ^~ and a regex matches first. */
    private static String winningLocation(Map<String, String> locations, String uri) {
        for (Map.Entry<String, String> e : locations.entrySet()) {
            if (e.getKey().startsWith("= ") && locationMatches(e.getKey(), uri)) {
                return e.getValue();
            }
        }
        Map.Entry<String, String> prefix = locations.entrySet().stream()
                .filter(e -> !e.getKey().startsWith("=") && !e.getKey().startsWith("~") && locationMatches(e.getKey(), uri))
                .max(java.util.Comparator.comparingInt(e -> e.getKey().replaceFirst("^\\^~\\s*", "").length()))
                .orElse(null);
        if (prefix != null && prefix.getKey().startsWith("^~")) {
            return prefix.getValue();
        }
        for (Map.Entry<String, String> e : locations.entrySet()) {
            if (e.getKey().startsWith("~") && locationMatches(e.getKey(), uri)) {
                return e.getValue();
            }
        }
        return prefix == null ? "" : prefix.getValue();
    }

    @Test
    void kubernetesPublishesOnlyTheAppPortAndPrometheusScrapesTheManagementPort() {
        List<Map<String, Object>> docs = k8sDocs();
        Map<String, Object> deployment = one(docs, "Deployment");
        Map<String, Object> container = map(list(at(deployment, "spec.template.spec.containers")).get(0));
        Map<String, String> portNumbers = new HashMap<>();
        for (Object p : list(container.get("ports"))) {
            portNumbers.put(str(map(p).get("name")), String.valueOf(map(p).get("containerPort")));
        }
        assertThat(portNumbers).containsEntry("http", "8080").containsEntry("management", MANAGEMENT_PORT);
        Map<String, Object> annotations = map(at(deployment, "spec.template.metadata.annotations"));
        assertThat(str(annotations.get("prometheus.io/port"))).as("scraped on the management port").isEqualTo(MANAGEMENT_PORT);
        Map<String, Object> data = map(one(docs, "ConfigMap").get("data"));
        assertThat(data.get("MANAGEMENT_SERVER_PORT")).isEqualTo(MANAGEMENT_PORT);

        // the Service (all the Ingress can reach) never targets the management port
        Map<String, Object> service = one(docs, "Service");
        Map<String, String> serviceTargets = new HashMap<>();
        for (Object p : list(at(service, "spec.ports"))) {
            String target = String.valueOf(map(p).get("targetPort"));
            assertThat(target).as("Service targetPort").isNotIn("management", MANAGEMENT_PORT);
            serviceTargets.put(String.valueOf(map(p).get("port")), target);
            if (map(p).get("name") != null) {
                serviceTargets.put(str(map(p).get("name")), target);
            }
        }
        for (Map<String, Object> ing : all(docs, "Ingress")) {
            for (Object r : list(at(ing, "spec.rules"))) {
                for (Object p : list(at(map(r), "http.paths"))) {
                    Object port = at(map(p), "backend.service.port.name") != null ? at(map(p), "backend.service.port.name")
                            : at(map(p), "backend.service.port.number");
                    assertThat(serviceTargets.get(String.valueOf(port))).as("Ingress backend reaches the app port")
                            .isIn("http", "8080");
                }
            }
        }
    }

    @Test
    void theProdProfileTurnsOffTheDevMailboxFreeUpgradeAndApiDocsAndMovesMetricsToTheManagementPort() {
        Map<String, Object> prod = yamlDocs(APPLICATION_YML).stream().map(DeployFilesTest::map)
                .filter(d -> "prod".equals(at(d, "spring.config.activate.on-profile"))).findFirst()
                .orElseThrow(() -> new AssertionError("no prod profile document in application.yml"));
        assertThat(at(prod, "dearme.mail.dev-inbox")).isEqualTo(false);
        assertThat(at(prod, "dearme.plans.test-mode-upgrade")).isEqualTo(false);
        assertThat(str(at(prod, "management.server.port"))).isEqualTo("${MANAGEMENT_SERVER_PORT:" + MANAGEMENT_PORT + "}");
        assertThat(at(prod, "management.endpoints.web.path-mapping.prometheus")).isEqualTo("metrics");
        assertThat(at(prod, "springdoc.api-docs.enabled")).isEqualTo(false);
        assertThat(at(prod, "springdoc.swagger-ui.enabled")).isEqualTo(false);
        // behind TLS: X-Forwarded-Proto marks requests secure (HSTS), in every profile
        assertThat(at(applicationYml(), "server.forward-headers-strategy")).isEqualTo("native");
    }

    // ---------------------------------------------------------------------------------------------- compose

    @Test
    void composeHasTheWholeTopologyAndNoLiteralSecrets() {
        Map<String, Map<String, Object>> services = composeServices();
        assertThat(services).containsKeys("postgres-primary", "postgres-replica", "pgbouncer", "nginx", "prometheus", "grafana");
        List<String> apps = appServices();
        assertThat(apps).as("app services").hasSizeGreaterThanOrEqualTo(2);
        assertThat(services.values().stream().map(s -> str(s.get("image"))))
                .as("no Redis: the app does not use it").noneMatch(i -> i.contains("redis"));
        assertThat(str(services.get("postgres-primary").get("image"))).startsWith("postgres:15");
        assertThat(str(services.get("postgres-replica").get("image"))).startsWith("postgres:15");

        // no literal secrets anywhere in the compose file's environments
        Pattern ref = Pattern.compile("\\$\\{[A-Z_][A-Z0-9_]*(?::?[-?][^}]*)?}");
        for (Map.Entry<String, Map<String, Object>> svc : services.entrySet()) {
            for (Map.Entry<String, String> env : env(svc.getValue()).entrySet()) {
                if (isSecretName(env.getKey())) {
                    assertThat(env.getValue()).as("%s.%s must be a ${...} reference", svc.getKey(), env.getKey()).matches(ref);
                }
            }
        }

        // app instances: same image, same JWT secret, pool through PgBouncer, LISTEN straight to the primary
        String pgbouncerPort = ini(DEPLOY.resolve("pgbouncer/pgbouncer.ini")).get("pgbouncer").get("listen_port");
        Set<String> jwt = new TreeSet<>();
        Set<String> images = new TreeSet<>();
        for (String app : apps) {
            Map<String, String> env = env(services.get(app));
            jwt.add(env.get("DEARME_JWT_SECRET"));
            images.add(str(services.get(app).get("image")));
            assertThat(env.get("DEARME_DB_URL")).as(app).startsWith("jdbc:postgresql://pgbouncer:" + pgbouncerPort + "/");
            assertThat(env.get("DEARME_DB_PGBOUNCER")).as(app).isEqualTo("true");
            assertThat(env.get("DEARME_DB_DIRECT_URL")).as(app).startsWith("jdbc:postgresql://postgres-primary:5432/");
            assertThat(env.get("DEARME_DB_REPLICA_URL")).as(app).startsWith("jdbc:postgresql://postgres-replica:5432/");
            assertThat(env.get("SPRING_PROFILES_ACTIVE")).as(app).contains("prod").contains("json-logs");
            assertThat(env.get("DEARME_MAIL_DEV_INBOX")).as(app).isEqualTo("false");
            String nginxIp = str(at(map(services.get("nginx").get("networks")), "dearme.ipv4_address"));
            assertThat(Arrays.asList(env.getOrDefault("DEARME_TRUSTED_PROXIES", "").split(",")))
                    .as(app + " trusts nginx's fixed address").contains(nginxIp);
        }
        assertThat(jwt).as("one JWT secret for every instance").hasSize(1);
        assertThat(images).as("one image for every instance").hasSize(1);

        // the replica must not have fewer connections than the primary (hot standby refuses to start)
        assertThat(commandSetting(services.get("postgres-replica"), "max_connections"))
                .isEqualTo(commandSetting(services.get("postgres-primary"), "max_connections"));

        // every bind-mounted file exists, and every build context has its Dockerfile
        Path composeDir = DEPLOY.resolve("compose");
        for (Map.Entry<String, Map<String, Object>> svc : services.entrySet()) {
            for (String host : mountTargets(svc.getKey()).keySet()) {
                if (host.startsWith(".")) {
                    assertThat(composeDir.resolve(host).normalize()).as(svc.getKey() + " mounts " + host).exists();
                }
            }
            Object build = svc.getValue().get("build");
            if (build != null) {
                Path context = composeDir.resolve(str(map(build).get("context"))).normalize();
                String dockerfile = map(build).get("dockerfile") == null ? "Dockerfile" : str(map(build).get("dockerfile"));
                assertThat(context.resolve(dockerfile)).as(svc.getKey() + " Dockerfile").exists();
            }
        }

        // .env: an example with placeholders only; the real one is never in the repository
        Path example = composeDir.resolve(".env.example");
        assertThat(example).exists();
        assertThat(composeDir.resolve(".env")).doesNotExist();
        assertThat(read(composeDir.resolve(".gitignore"))).containsPattern("(?m)^\\.env$");
        Map<String, String> exampleVars = new LinkedHashMap<>();
        for (String line : read(example).split("\n")) {
            Matcher m = Pattern.compile("^([A-Z_][A-Z0-9_]*)=(.*)$").matcher(line.trim());
            if (m.matches()) {
                exampleVars.put(m.group(1), m.group(2));
            }
        }
        exampleVars.forEach((k, v) -> {
            if (isSecretName(k)) {
                assertThat(v).as(".env.example holds no value for " + k).isEmpty();
            }
        });
        Matcher required = Pattern.compile("\\$\\{([A-Z_][A-Z0-9_]*):\\?").matcher(read(composeDir.resolve("docker-compose.yml")));
        while (required.find()) {
            assertThat(exampleVars).as(".env.example lists the required " + required.group(1)).containsKey(required.group(1));
        }
    }

    // ---------------------------------------------------------------------------------------------- PgBouncer

    @Test
    void pgbouncerPoolsTransactionsAndIsSizedForTheInstances() {
        Map<String, Map<String, String>> ini = ini(DEPLOY.resolve("pgbouncer/pgbouncer.ini"));
        Map<String, String> pg = ini.get("pgbouncer");
        assertThat(pg.get("pool_mode")).isEqualTo("transaction");
        assertThat(pg.get("auth_file")).isNotBlank();
        assertThat(pg.get("ignore_startup_parameters")).as("pgJDBC sends extra_float_digits").contains("extra_float_digits");
        assertThat(ini.get("databases").get("dearme")).as("[databases] dearme").contains("host=postgres-primary");

        int maxClient = Integer.parseInt(pg.get("max_client_conn"));
        int poolPerServer = Integer.parseInt(pg.get("default_pool_size")) + Integer.parseInt(pg.getOrDefault("reserve_pool_size", "0"));
        int maxDb = Integer.parseInt(pg.get("max_db_connections"));
        Map<String, Object> configMap = one(k8sDocs(), "ConfigMap");
        int pool = Integer.parseInt(str(at(configMap, "data.DEARME_DB_POOL_SIZE")));
        int composePool = appServices().stream().mapToInt(a -> Integer.parseInt(env(composeServices().get(a)).get("DEARME_DB_POOL_SIZE"))).sum();
        int hpaMax = num(at(one(k8sDocs(), "HorizontalPodAutoscaler"), "spec.maxReplicas"));
        assertThat(maxClient).as("max_client_conn >= 3 instances x pool").isGreaterThanOrEqualTo(3 * pool);
        assertThat(maxClient).as("max_client_conn >= compose instances' pools").isGreaterThanOrEqualTo(composePool);
        assertThat(maxClient).as("max_client_conn >= HPA maxReplicas x pool").isGreaterThanOrEqualTo(hpaMax * pool);
        assertThat(poolPerServer).as("default + reserve pool <= max_db_connections").isLessThanOrEqualTo(maxDb);
        int pgMax = commandSetting(composeServices().get("postgres-primary"), "max_connections");
        assertThat(maxDb + 3 * 2 + 5).as("PgBouncer's server connections + direct LISTEN/replication/admin fit in max_connections")
                .isLessThanOrEqualTo(pgMax);

        assertThat(DEPLOY.resolve("pgbouncer/userlist.txt.example")).exists();
        assertThat(DEPLOY.resolve("pgbouncer/userlist.txt")).as("the real auth file is never in the repository").doesNotExist();
    }

    // ------------------------------------------------------------------------------------------------ Docker

    @Test
    void dockerfileBuildsWithJdk25RunsNonRootOnJreAndChecksLiveness() {
        String text = read(DEPLOY.resolve("docker/Dockerfile")).replaceAll("\\\\\\r?\\n", " ");
        List<String> lines = Arrays.stream(text.split("\\r?\\n")).map(String::trim)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        Map<String, String> args = new HashMap<>();
        List<String> froms = new ArrayList<>();
        int lastFrom = -1;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            Matcher arg = Pattern.compile("^ARG\\s+(\\w+)=(\\S+)").matcher(l);
            if (arg.find() && froms.isEmpty()) {
                args.put(arg.group(1), arg.group(2));
            }
            if (l.startsWith("FROM ")) {
                String image = l.split("\\s+")[1];
                Matcher v = Pattern.compile("\\$\\{?(\\w+)}?").matcher(image);
                froms.add(v.matches() ? args.get(v.group(1)) : image);
                lastFrom = i;
            }
        }
        assertThat(froms).as("multi-stage").hasSizeGreaterThanOrEqualTo(2);
        assertThat(froms).contains("eclipse-temurin:25-jdk");
        assertThat(froms.get(froms.size() - 1)).as("runtime image").isEqualTo("eclipse-temurin:25-jre");
        List<String> runtime = lines.subList(lastFrom, lines.size());
        String user = runtime.stream().filter(l -> l.startsWith("USER ")).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no USER in the runtime stage")).substring(5).trim();
        assertThat(user.split(":")[0]).as("runtime user").isNotIn("root", "0");
        assertThat(runtime).anyMatch(l -> l.startsWith("HEALTHCHECK ") && l.contains("/health/liveness"));
        assertThat(runtime).anyMatch(l -> l.matches("EXPOSE\\s+8080\\b.*"));
        // start-up: a training run writes the JDK AOT cache in the image build, and the entry point uses that cache
        // with the extracted jar it was made for
        String train = runtime.stream().filter(l -> l.startsWith("RUN ") && l.contains("-XX:AOTCacheOutput="))
                .findFirst().orElseThrow(() -> new AssertionError("no AOT cache training run in the runtime stage"));
        Matcher cache = Pattern.compile("-XX:AOTCacheOutput=(\\S+)").matcher(train);
        assertThat(cache.find()).isTrue();
        assertThat(train).contains("-Dspring.context.exit=onRefresh").contains("-jar dearme.jar");
        assertThat(runtime.indexOf(train)).as("trained as the runtime user")
                .isGreaterThan(runtime.stream().filter(l -> l.startsWith("USER ")).map(runtime::indexOf).findFirst().orElse(-1));
        assertThat(runtime).anyMatch(l -> l.startsWith("ENTRYPOINT") && l.contains("-XX:AOTCache=" + cache.group(1))
                && l.contains("dearme.jar"));
        // an idle instance returns heap to the system (idle RSS target, issue 15); bench/run.sh cold uses the same flag
        assertThat(runtime).anyMatch(l -> l.startsWith("ENTRYPOINT") && l.contains("-XX:G1PeriodicGCInterval="));
        // the image runs the prod profile by default (no dev mailbox, no free upgrade, metrics on 8081 only)
        assertThat(runtime).anyMatch(l -> l.startsWith("ENV ") && l.matches(".*\\bSPRING_PROFILES_ACTIVE=prod\\b.*"));
        assertThat(runtime).anyMatch(l -> l.startsWith("ENV ") && l.contains("MANAGEMENT_SERVER_PORT=" + MANAGEMENT_PORT));
        String jvm = runtime.stream().filter(l -> l.contains("JAVA_TOOL_OPTIONS")).findFirst()
                .orElseThrow(() -> new AssertionError("no JAVA_TOOL_OPTIONS in the runtime stage"));
        // the heap follows the memory limit and is pinned at that size: a shrunken heap thrashes in a burst of chats
        java.util.regex.Matcher max = java.util.regex.Pattern.compile("-XX:MaxRAMPercentage=([\\d.]+)").matcher(jvm);
        java.util.regex.Matcher initial = java.util.regex.Pattern.compile("-XX:InitialRAMPercentage=([\\d.]+)").matcher(jvm);
        assertThat(max.find() && initial.find()).as("Max and InitialRAMPercentage in " + jvm).isTrue();
        assertThat(initial.group(1)).isEqualTo(max.group(1));
        assertThat(jvm).contains("-XX:MaxHeapFreeRatio=100");
        // -Dskip.frontend turns the pom's frontend profile off, so the Dockerfile has to put the web app in itself
        String pom = read(Path.of("pom.xml"));
        if (text.contains("-Dskip.frontend")) {
            assertThat(pom).contains("<name>!skip.frontend</name>");
            assertThat(text).containsPattern("COPY\\s+--from=\\S+\\s+\\S*dist/?\\s+src/main/resources/static/?");
        }
        // the web app's npm ci runs a postinstall that installs the API type generator (frontend/tools/openapi-gen):
        // its package files must be in the image before npm ci, or the web build fails there
        assertThat(read(Path.of("frontend/package.json"))).contains("tools/openapi-gen");
        int toolCopy = text.indexOf("frontend/tools/openapi-gen/package-lock.json");
        assertThat(toolCopy).as("Dockerfile copies the generator's package files").isPositive();
        assertThat(toolCopy).as("…before the web app's npm ci").isLessThan(text.indexOf("npm ci --no-audit"));
        Path ignore = DEPLOY.resolve("docker/Dockerfile.dockerignore");
        assertThat(read(ignore)).contains("target/", "frontend/node_modules/", "frontend/tools/openapi-gen/node_modules/",
                ".git");
    }

    // ================================================================================================ helpers

    private static List<Path> yamlFiles(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.ya?ml$")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Object> yamlDocs(Path f) {
        List<Object> docs = new ArrayList<>();
        new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(read(f)).forEach(docs::add);
        return docs;
    }

    /** The app's manifests; deploy/k8s/monitoring (alerting, exporters, backup) is applied separately. */
    private static List<Map<String, Object>> k8sDocs() {
        List<Map<String, Object>> docs = new ArrayList<>();
        for (Path f : yamlFiles(DEPLOY.resolve("k8s"))) {
            if (f.startsWith(DEPLOY.resolve("k8s/monitoring"))) {
                continue;
            }
            for (Object d : yamlDocs(f)) {
                assertThat(d).as("k8s document in " + f).isInstanceOf(Map.class);
                docs.add(map(d));
            }
        }
        return docs;
    }

    private static List<Map<String, Object>> all(List<Map<String, Object>> docs, String kind) {
        return docs.stream().filter(d -> kind.equals(d.get("kind"))).toList();
    }

    private static Map<String, Object> one(List<Map<String, Object>> docs, String kind) {
        List<Map<String, Object>> found = all(docs, kind);
        assertThat(found).as("exactly one " + kind).hasSize(1);
        return found.get(0);
    }

    private static List<String> ingressPaths(Map<String, Object> ingress) {
        List<String> paths = new ArrayList<>();
        for (Object r : list(at(ingress, "spec.rules"))) {
            for (Object p : list(at(map(r), "http.paths"))) {
                paths.add(str(map(p).get("path")));
            }
        }
        return paths;
    }

    private static Map<String, Object> applicationYml() {
        return map(yamlDocs(APPLICATION_YML).get(0));
    }

    static List<Map<String, Object>> alertRules() {
        Map<String, Object> doc = map(yamlDocs(DEPLOY.resolve("prometheus/alerts.yml")).get(0));
        List<Map<String, Object>> rules = new ArrayList<>();
        for (Object g : list(doc.get("groups"))) {
            assertThat(str(map(g).get("name"))).as("group name").isNotBlank();
            list(map(g).get("rules")).forEach(r -> rules.add(map(r)));
        }
        return rules;
    }

    /** Whether the expression's {@code uri!~"..."} matcher (anchored, like PromQL) excludes the given URI tag. */
    private static boolean uriExclusionMatches(String expr, String uri) {
        Matcher m = Pattern.compile("uri!~\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(expr);
        return m.find() && Pattern.compile(m.group(1).replace("\\\\", "\\")).matcher(uri).matches();
    }

    private static JsonNode dashboard() {
        return JsonMapper.builder().build().readTree(read(DEPLOY.resolve("grafana/dashboards/dearme.json")));
    }

    /** Panels, also those nested in collapsed rows; row panels themselves carry no queries. */
    private static List<JsonNode> panels(JsonNode dash) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode p : dash.path("panels").values()) {
            if ("row".equals(p.path("type").asString())) {
                out.addAll(p.path("panels").values());
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static final Set<String> PROMQL_WORDS = Set.of("and", "or", "unless", "bool", "offset", "by", "without",
            "on", "ignoring", "group_left", "group_right", "inf", "nan", "atan2");

    /** Metric names in a PromQL expression: identifiers that are not functions, keywords, labels or strings. */
    static Set<String> metricNames(String promql) {
        String s = promql.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"")
                .replaceAll("\\{[^}]*}", " ")
                .replaceAll("\\[[^]]*]", " ")
                .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ");
        Matcher m = Pattern.compile("(?<![\\w.$])([a-zA-Z_:][a-zA-Z0-9_:]*+)(?!\\s*\\()").matcher(s);
        Set<String> names = new TreeSet<>();
        while (m.find()) {
            if (!PROMQL_WORDS.contains(m.group(1).toLowerCase())) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /** Values a label is matched against ({@code label="a"}, {@code label=~"a|b"}, {@code !=}, {@code !~}). */
    private static Set<String> labelValues(String promql, String label) {
        Set<String> values = new TreeSet<>();
        Matcher m = Pattern.compile("\\b" + label + "\\s*(?:=~|!~|!=|=)\\s*\"([^\"]*)\"").matcher(promql);
        while (m.find()) {
            for (String v : m.group(1).split("\\|")) {
                if (!v.isBlank() && !v.contains("$") && !v.contains(".")) {
                    values.add(v.trim());
                }
            }
        }
        return values;
    }

    private static boolean isFrameworkMetric(String name) {
        // exporters' metrics (issue 16): their names are exercised by promtool's rule tests, not by the app
        return name.equals("up") || name.equals("time")
                || name.matches("(pg|pgbouncer|container|node|nginx|backup)_[a-z0-9_]+")
                || name.matches("http_server_requests_seconds_(bucket|count|sum|max)")
                // in-flight requests: Spring's active-requests long task timer (a histogram: gcount/gsum)
                || name.matches("http_server_requests_active_seconds_(bucket|gcount|gsum|max)")
                || name.matches("hikaricp_connections(_[a-z_]+)?")
                || name.matches("jvm_[a-z_]+")
                || name.matches("process_[a-z_]+");
    }

    /**
     * Prometheus names of the app's own meters, read from the Micrometer registrations in src/main/java and
     * converted like Micrometer's PrometheusNamingConvention: dots become underscores, counters end in _total,
     * timers in _seconds with _count/_sum/_max (and _bucket only when a histogram is published).
     */
    static Set<String> knownMetricNames() {
        Pattern builder = Pattern.compile("\\b(Counter|Gauge|TimeGauge|Timer|DistributionSummary|FunctionCounter|"
                + "FunctionTimer|LongTaskTimer)\\.builder\\(\\s*\"([^\"]+)\"");
        Pattern shortcut = Pattern.compile("\\.(counter|gauge|timer|summary)\\(\\s*\"([^\"]+)\"");
        Set<String> names = new TreeSet<>();
        for (Path f : javaSources()) {
            String src = read(f);
            for (Pattern p : List.of(builder, shortcut)) {
                Matcher m = p.matcher(src);
                while (m.find()) {
                    int end = src.indexOf(';', m.end());
                    String statement = src.substring(m.start(), end < 0 ? src.length() : end);
                    boolean histogram = statement.contains("publishPercentileHistogram")
                            || statement.contains("serviceLevelObjectives");
                    String name = m.group(2);
                    // a gauge's base unit becomes a suffix (dearme.db.replica.lag + seconds -> ..._lag_seconds)
                    Matcher unit = Pattern.compile("\\.baseUnit\\(\\s*\"([a-z]+)\"").matcher(statement);
                    if ("Gauge".equals(m.group(1)) && unit.find() && !name.endsWith(unit.group(1))) {
                        name = name + "." + unit.group(1);
                    }
                    names.addAll(prometheusNames(m.group(1).toLowerCase(), name, histogram));
                }
            }
        }
        return names;
    }

    private static List<String> prometheusNames(String type, String meterName, boolean histogram) {
        String base = meterName.replace('.', '_').replace('-', '_');
        return switch (type) {
            case "counter", "functioncounter" -> List.of(strip(base, "_total") + "_total");
            case "timer", "functiontimer", "longtasktimer" -> {
                String t = strip(base, "_seconds") + "_seconds";
                List<String> n = new ArrayList<>(List.of(t, t + "_count", t + "_sum", t + "_max"));
                if (histogram) {
                    n.add(t + "_bucket");
                }
                yield n;
            }
            case "distributionsummary", "summary" -> {
                List<String> n = new ArrayList<>(List.of(base, base + "_count", base + "_sum", base + "_max"));
                if (histogram) {
                    n.add(base + "_bucket");
                }
                yield n;
            }
            case "timegauge" -> List.of(strip(base, "_seconds") + "_seconds");
            default -> List.of(base);
        };
    }

    private static String strip(String s, String suffix) {
        return s.endsWith(suffix) ? s.substring(0, s.length() - suffix.length()) : s;
    }

    /** outcome tag values the app records: enum Outcome constants and literal "outcome", "x" tags. */
    private static Set<String> knownOutcomeValues() {
        Set<String> values = new TreeSet<>();
        Pattern literal = Pattern.compile("\"outcome\"\\s*,\\s*\"([A-Za-z_]+)\"");
        Pattern enumDecl = Pattern.compile("enum\\s+Outcome\\s*\\{([^}]*)}");
        for (Path f : javaSources()) {
            String src = read(f);
            Matcher m = literal.matcher(src);
            while (m.find()) {
                values.add(m.group(1));
            }
            Matcher e = enumDecl.matcher(src);
            while (e.find()) {
                for (String c : e.group(1).split("[,;]")) {
                    if (c.trim().matches("[A-Za-z_]\\w*")) {
                        values.add(c.trim());
                    }
                }
            }
        }
        assertThat(values).as("outcome values in the app").contains("ok", "fallback", "error", "done", "failed");
        return values;
    }

    private static List<Path> javaSources() {
        try (Stream<Path> s = Files.walk(MAIN_JAVA)) {
            return s.filter(p -> p.toString().endsWith(".java")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long jsonBodyLimit() {
        Matcher m = Pattern.compile("MAX_JSON_BYTES\\s*=\\s*([0-9_L\\s*]+);")
                .matcher(read(MAIN_JAVA.resolve("app/dearme/platform/web/BodySizeLimitFilter.java")));
        assertThat(m.find()).as("BodySizeLimitFilter.MAX_JSON_BYTES").isTrue();
        long v = 1;
        for (String factor : m.group(1).split("\\*")) {
            v *= Long.parseLong(factor.replaceAll("[\\s_L]", ""));
        }
        return v;
    }

    // compose

    private static Map<String, Map<String, Object>> composeServices() {
        Map<String, Object> compose = map(yamlDocs(DEPLOY.resolve("compose/docker-compose.yml")).get(0));
        Map<String, Map<String, Object>> services = new LinkedHashMap<>();
        map(compose.get("services")).forEach((k, v) -> services.put(k, map(v)));
        return services;
    }

    /** Services that run the DearMe image (built from deploy/docker/Dockerfile). */
    private static List<String> appServices() {
        List<String> apps = new ArrayList<>();
        composeServices().forEach((name, svc) -> {
            Object build = svc.get("build");
            if (build != null && "deploy/docker/Dockerfile".equals(map(build).get("dockerfile"))) {
                apps.add(name);
            }
        });
        return apps;
    }

    private static Map<String, String> env(Map<String, Object> service) {
        Map<String, String> env = new LinkedHashMap<>();
        Object e = service.get("environment");
        if (e instanceof Map<?, ?> m) {
            m.forEach((k, v) -> env.put(String.valueOf(k), v == null ? "" : String.valueOf(v)));
        } else if (e instanceof List<?> l) {
            for (Object item : l) {
                String s = String.valueOf(item);
                int eq = s.indexOf('=');
                env.put(eq < 0 ? s : s.substring(0, eq), eq < 0 ? "" : s.substring(eq + 1));
            }
        }
        return env;
    }

    /** host path -> container path of a service's bind mounts (":ro" and the like dropped). */
    private static Map<String, String> mountTargets(String service) {
        Map<String, String> mounts = new LinkedHashMap<>();
        for (Object v : list(composeServices().get(service).get("volumes"))) {
            String[] parts = String.valueOf(v).split(":");
            if (parts.length >= 2) {
                mounts.put(parts[0], parts[1]);
            }
        }
        return mounts;
    }

    private static int commandSetting(Map<String, Object> service, String setting) {
        Object cmd = service.get("command");
        String joined = cmd instanceof List<?> l ? l.stream().map(String::valueOf).collect(Collectors.joining(" ")) : str(cmd);
        Matcher m = Pattern.compile("-c\\s+" + setting + "=(\\d+)").matcher(joined);
        assertThat(m.find()).as(setting + " set on the command line: " + joined).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private static boolean isSecretName(String key) {
        return key.matches("(?i).*(PASSWORD|SECRET|_KEY|APIKEY|TOKEN).*");
    }

    // ini

    private static Map<String, Map<String, String>> ini(Path f) {
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        Map<String, String> current = null;
        for (String raw : read(f).split("\\r?\\n")) {
            String line = raw.trim();
            if (line.isEmpty() || line.startsWith(";") || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                current = new LinkedHashMap<>();
                sections.put(line.substring(1, line.length() - 1).trim(), current);
                continue;
            }
            int eq = line.indexOf('=');
            if (current == null || eq < 0) {
                fail("unexpected line in " + f + ": " + raw);
            }
            current.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
        }
        assertThat(sections).containsKeys("databases", "pgbouncer");
        return sections;
    }

    // nginx

    private static String stripComments(String conf) {
        StringBuilder out = new StringBuilder();
        for (String line : conf.split("\\r?\\n")) {
            StringBuilder l = new StringBuilder();
            boolean quoted = false;
            for (char c : line.toCharArray()) {
                if (c == '"') {
                    quoted = !quoted;
                }
                if (c == '#' && !quoted) {
                    break;
                }
                l.append(c);
            }
            out.append(l).append('\n');
        }
        return out.toString();
    }

    private static void assertBalancedBraces(String conf) {
        int depth = 0;
        boolean quoted = false;
        int lineNo = 1;
        for (char c : conf.toCharArray()) {
            if (c == '\n') {
                lineNo++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '{') {
                depth++;
            } else if (!quoted && c == '}') {
                depth--;
                assertThat(depth).as("unbalanced '}' at line " + lineNo).isGreaterThanOrEqualTo(0);
            }
        }
        assertThat(depth).as("every '{' is closed").isZero();
        assertThat(quoted).as("every quote is closed").isFalse();
    }

    /** The body of the first top-level-ish block whose header is exactly {@code header}. */
    private static String block(String conf, String header) {
        Matcher m = Pattern.compile("(?m)^\\s*" + Pattern.quote(header) + "\\s*\\{").matcher(conf);
        assertThat(m.find()).as("block \"" + header + "\"").isTrue();
        return body(conf, m.end());
    }

    private static String body(String text, int afterOpenBrace) {
        int depth = 1;
        for (int i = afterOpenBrace; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return text.substring(afterOpenBrace, i);
            }
        }
        throw new AssertionError("unclosed block");
    }

    /** location argument ("= /x", "~ regex", "/prefix/") -> body. */
    private static Map<String, String> locations(String server) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(?m)^\\s*location\\s+([^{]+?)\\s*\\{").matcher(server);
        while (m.find()) {
            out.put(m.group(1).trim(), body(server, m.end()));
        }
        return out;
    }

    private static boolean locationMatches(String location, String uri) {
        if (location.startsWith("= ")) {
            return location.substring(2).trim().equals(uri);
        }
        if (location.startsWith("~* ")) {
            return Pattern.compile(location.substring(3).trim(), Pattern.CASE_INSENSITIVE).matcher(uri).find();
        }
        if (location.startsWith("~ ")) {
            return Pattern.compile(location.substring(2).trim()).matcher(uri).find();
        }
        return uri.startsWith(location.replaceFirst("^\\^~\\s*", ""));
    }

    private static String removeBlocks(String text) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (char c : text.toCharArray()) {
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (depth == 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String directive(String text, String name) {
        Matcher m = Pattern.compile("(?m)^\\s*" + name + "\\s+([^;]+);").matcher(text);
        assertThat(m.find()).as("directive " + name).isTrue();
        return m.group(1).replaceAll("\\s+", " ").trim();
    }

    /** nginx sizes (12m, 1024k) and Spring DataSize strings (11MB, 10KB): binary multiples like both. */
    private static long bytes(String size) {
        Matcher m = Pattern.compile("(?i)^(\\d+)\\s*([kmg]?)b?$").matcher(size.trim());
        assertThat(m.matches()).as("size " + size).isTrue();
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2).toLowerCase()) {
            case "k" -> n * 1024;
            case "m" -> n * 1024 * 1024;
            case "g" -> n * 1024 * 1024 * 1024;
            default -> n;
        };
    }

    private static int seconds(String duration) {
        Matcher m = Pattern.compile("^(\\d+)\\s*(ms|s|m|h)?$").matcher(duration.trim());
        assertThat(m.matches()).as("duration " + duration).isTrue();
        int n = Integer.parseInt(m.group(1));
        return switch (m.group(2) == null ? "s" : m.group(2)) {
            case "ms" -> n / 1000;
            case "m" -> n * 60;
            case "h" -> n * 3600;
            default -> n;
        };
    }

    // generic tree access

    private static Object at(Object root, String dottedPath) {
        Object cur = root;
        for (String key : dottedPath.split("\\.(?=[a-zA-Z_])")) {
            if (!(cur instanceof Map<?, ?> m)) {
                return null;
            }
            cur = m.get(key);
        }
        return cur;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        if (o == null) {
            return Map.of();
        }
        assertThat(o).isInstanceOf(Map.class);
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        if (o == null) {
            return List.of();
        }
        assertThat(o).isInstanceOf(List.class);
        return (List<Object>) o;
    }

    private static String str(Object o) {
        return o == null ? "" : String.valueOf(o);
    }

    private static int num(Object o) {
        assertThat(o).as("a number").isInstanceOf(Number.class);
        return ((Number) o).intValue();
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + f.toAbsolutePath(), e);
        }
    }
}
