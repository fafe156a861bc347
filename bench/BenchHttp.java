import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** HTTP helpers shared by the benchmarks in this folder (launched as multi-file source programs, JDK 22+). */
final class BenchHttp {

    static {
        // Tomcat closes an idle keep-alive connection after 20 s; the JDK client keeps one for 30 s by default and
        // would then send a request into a connection the server is closing ("header parser received no bytes").
        // Browsers and nginx retry in that case; this client does not, so it drops idle connections first.
        System.setProperty("jdk.httpclient.keepalive.timeout", "10");
    }

    final HttpClient http = newClient();
    final String base;

    /** A client of its own (own selector thread); creating it through this class applies the keep-alive setting. */
    static HttpClient newClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newVirtualThreadPerTaskExecutor()).connectTimeout(Duration.ofSeconds(30)).build();
    }

    BenchHttp(String base) {
        this.base = base;
    }

    HttpRequest.Builder request(String method, String path, String body, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(2))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    /** The body of a 2xx response; anything else is an exception naming the status and the problem. */
    String call(String method, String path, String body, String token) throws Exception {
        HttpResponse<String> r = http.send(request(method, path, body, token).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " -> " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    /** Registers a user, follows the link from the dev inbox and returns the access token. */
    String register(String name) throws Exception {
        String email = name + "@dearme.test";
        call("POST", "/api/v1/auth/register", "{\"email\":\"" + email + "\",\"username\":\"" + name + "\",\"password\":\"bench-pass-1\"}", null);
        String mails = call("GET", "/dev/mailbox", null, null);
        Matcher m = Pattern.compile("\"to\":\"" + Pattern.quote(email) + "\".*?verify-email\\?token=([A-Za-z0-9_-]+)").matcher(mails);
        if (!m.find()) {
            throw new IllegalStateException("no verification mail for " + email);
        }
        return field(call("GET", "/api/v1/auth/verify-email?token=" + m.group(1), null, null), "access_token");
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"?([^\",}]+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }

    static String stats(List<Long> values) {
        List<Long> v = new ArrayList<>(values);
        if (v.isEmpty()) {
            return "n=0";
        }
        Collections.sort(v);
        return String.format("n=%d p50=%d p95=%d p99=%d max=%d", v.size(), pct(v, 50), pct(v, 95), pct(v, 99), v.get(v.size() - 1));
    }

    static long pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    interface Task {
        void run(int i) throws Exception;
    }

    /** Runs task(0..n-1) on {@code threads} virtual threads; rethrows the first failure. */
    static void runParallel(int n, int threads, Task task) throws Exception {
        AtomicInteger next = new AtomicInteger();
        List<Thread> ts = new ArrayList<>();
        ConcurrentLinkedQueue<Exception> failures = new ConcurrentLinkedQueue<>();
        for (int t = 0; t < threads; t++) {
            ts.add(Thread.ofVirtual().start(() -> {
                int i;
                while ((i = next.getAndIncrement()) < n) {
                    try {
                        task.run(i);
                    } catch (Exception e) {
                        failures.add(e);
                    }
                }
            }));
        }
        for (Thread t : ts) {
            t.join();
        }
        if (!failures.isEmpty()) {
            throw failures.peek();
        }
    }
}
