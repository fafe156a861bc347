package app.dearme.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import app.dearme.support.TestApi;
import app.dearme.support.TestUsers;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.JsonNode;

/**
 * The topology {@code deploy/local/cluster.sh up} started, as the cluster suite sees it: nginx for every user call,
 * each instance's own port only for what a user cannot reach (its dev mailbox, its metrics), the databases for
 * arranging and counting, and the script itself for faults.
 */
final class Cluster {

    static final int BASE = Integer.parseInt(env("DEARME_CLUSTER_PORT", "16400"));
    private static final Path SCRIPT = Path.of("deploy/local/cluster.sh").toAbsolutePath();
    private static final java.util.Random RANDOM = new java.util.Random();
    private static final Pattern VERIFY = Pattern.compile("verify-email\\?token=([A-Za-z0-9_-]+)");

    final TestApi nginx = new TestApi(BASE);
    final JdbcTemplate primary = jdbc(BASE + 1);
    final JdbcTemplate replica = jdbc(BASE + 2);

    TestApi app(int n) {
        return new TestApi(BASE + 10 + n);
    }

    /** Registers through nginx and verifies with the link from whichever instance sent the mail. */
    TestUsers.User aUser() {
        String name = "c" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String email = name + "@dearme.test";
        // each test user comes from its own client address, as real users do: the per-IP limits stay out of the way
        String ip = "10." + RANDOM.nextInt(256) + "." + RANDOM.nextInt(256) + "." + (1 + RANDOM.nextInt(250));
        JsonNode reg = nginx.post("/api/v1/auth/register", Map.of("email", email, "username", name,
                "password", TestUsers.PASSWORD)).header("X-Forwarded-For", ip).expect(201).json();
        String token = null;
        for (int n = 1; n <= 3 && token == null; n++) {
            JsonNode inbox;
            try {
                inbox = app(n).get("/dev/mailbox").expect(200).json();
            } catch (RuntimeException down) {
                continue; // an instance a fault test left down did not send this mail
            }
            for (JsonNode mail : inbox) {
                Matcher m = VERIFY.matcher(mail.get("text").asString());
                if (mail.get("to").asString().equalsIgnoreCase(email) && m.find()) {
                    token = m.group(1);
                    break;
                }
            }
        }
        assertThat(token).as("verification mail for " + email).isNotNull();
        nginx.get("/api/v1/auth/verify-email?token=" + token).expect(200);
        JsonNode login = nginx.post("/api/v1/auth/login", Map.of("email", email, "password", TestUsers.PASSWORD))
                .header("X-Forwarded-For", ip).expect(200).json();
        return new TestUsers.User(reg.get("id").asLong(), email, name, TestUsers.PASSWORD,
                login.get("access_token").asString(), login.path("refresh_token").asString(""));
    }

    String login(TestApi via, TestUsers.User u) {
        return via.post("/api/v1/auth/login", Map.of("email", u.email(), "password", u.password()))
                .header("X-Forwarded-For", "10.200." + RANDOM.nextInt(256) + "." + (1 + RANDOM.nextInt(250)))
                .expect(200).json().get("access_token").asString();
    }

    /** A diary written today through the API, then moved {@code daysAgo} back in the database to free today. */
    long diary(TestApi via, TestUsers.User u, int daysAgo, String content) {
        long id = via.post("/api/v1/diaries", Map.of("title", "기록 " + daysAgo, "content", content, "mood", "calm",
                        "weather", "sunny", "diary_date", today().toString(), "is_private", false))
                .auth(u).expect(201).json().get("id").asLong();
        primary.update("update diaries set diary_date = ? where id = ?", today().minusDays(10L + daysAgo), id);
        return id;
    }

    /** A premium user (unlimited chat messages) with a chat open with their own quiz persona; returns the chat id. */
    long premiumChat(TestUsers.User u) {
        nginx.post("/api/v1/subscriptions/upgrade", Map.of("period_days", 30)).auth(u).expect(200);
        List<Map<String, Object>> answers = new java.util.ArrayList<>();
        for (int q = 1; q <= 5; q++) {
            answers.add(Map.of("question_id", q, "option_id", "a"));
        }
        long persona = nginx.post("/api/v1/quiz/submit", Map.of("answers", answers)).auth(u).expect(201).json()
                .get("id").asLong();
        return nginx.post("/api/v1/chats", Map.of("persona_id", persona)).auth(u).expect(201).json().get("id").asLong();
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Seoul"));
    }

    /** Sum of one Prometheus counter (all label sets matching {@code labels}) over the three instances. */
    double metric(String name, String labels) {
        double sum = 0;
        for (int n = 1; n <= 3; n++) {
            try {
                String text = app(n).get("/metrics").send().text();
                for (String line : text.split("\n")) {
                    if (line.startsWith(name + "{") && line.contains(labels)) {
                        sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                    }
                }
            } catch (RuntimeException e) {
                // an instance that is down has nothing to add
            }
        }
        return sum;
    }

    void script(String... args) {
        try {
            Process p = new ProcessBuilder(concat(SCRIPT.toString(), args)).inheritIO().start();
            if (!p.waitFor(240, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new AssertionError("cluster.sh " + String.join(" ", args) + " failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void await(Duration timeout, BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (RuntimeException | AssertionError ignored) {
                // not yet
            }
            sleep(200);
        }
        throw new AssertionError("not within " + timeout + ": " + what);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String[] concat(String first, String[] rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    private static JdbcTemplate jdbc(int port) {
        DriverManagerDataSource ds = new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:" + port
                + "/dearme?connectTimeout=2&socketTimeout=10", "postgres", "");
        return new JdbcTemplate(ds);
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    static List<Integer> retriable() {
        return List.of(502, 503, 504);
    }
}
