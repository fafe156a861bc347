import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * N concurrent streaming chats against the app (configured with the fake upstream), while a second
 * load reads diaries. Run: java bench/ChatStreamingBench.java <baseUrl> <appPid> [streams] [users] [readers]
 */
public class ChatStreamingBench {

    static BenchHttp CLIENT;
    /**
     * The diary readers are other people's browsers: they get their own client (its own selector thread), so their
     * latency is not queued behind the 1,000 streams' I/O inside this load generator.
     */
    static final HttpClient READ_HTTP = BenchHttp.newClient();
    static final ConcurrentLinkedQueue<String> SLOW_READS = new ConcurrentLinkedQueue<>();
    static String base;
    /** Failed diary reads by reason, over both phases: the target is "no errors", so they are reported, not dropped. */
    static final java.util.concurrent.ConcurrentHashMap<String, AtomicInteger> READ_ERRORS = new java.util.concurrent.ConcurrentHashMap<>();

    public static void main(String[] args) throws Exception {
        base = args[0];
        CLIENT = new BenchHttp(base);
        long pid = Long.parseLong(args[1]);
        int streams = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        int userCount = args.length > 3 ? Integer.parseInt(args[3]) : 50;
        int readers = args.length > 4 ? Integer.parseInt(args[4]) : 16;
        int chatsPerUser = (streams + userCount - 1) / userCount;
        long t0 = System.currentTimeMillis();

        List<String> tokens = Collections.synchronizedList(new ArrayList<>());
        List<Long> chats = Collections.synchronizedList(new ArrayList<>());
        BenchHttp.runParallel(userCount, 8, i -> {
            String tok = CLIENT.register("bench" + (t0 % 100000) + "u" + i);
            call("POST", "/api/v1/subscriptions/upgrade", "{\"period_days\":30}", tok);
            String persona = call("POST", "/api/v1/quiz/submit", "{\"answers\":[{\"question_id\":1,\"option_id\":\"a\"},"
                    + "{\"question_id\":2,\"option_id\":\"b\"},{\"question_id\":3,\"option_id\":\"c\"},"
                    + "{\"question_id\":4,\"option_id\":\"d\"},{\"question_id\":5,\"option_id\":\"a\"}]}", tok);
            long personaId = Long.parseLong(field(persona, "id"));
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Seoul"));
            for (int d = 0; d < 3; d++) {
                call("POST", "/api/v1/diaries", "{\"title\":\"벤치 일기 " + d + "\",\"content\":\"오늘은 카페에서 책을 읽고 산책을 했다. 날씨가 좋았다.\","
                        + "\"mood\":\"happy\",\"diary_date\":\"" + today.minusDays(d) + "\"}", tok);
            }
            for (int c = 0; c < chatsPerUser; c++) {
                long chat = Long.parseLong(field(call("POST", "/api/v1/chats", "{\"persona_id\":" + personaId + "}", tok), "id"));
                // one lock for both lists: the i-th chat must belong to the i-th token (else the stream is a 404)
                synchronized (chats) {
                    chats.add(chat);
                    tokens.add(tok);
                }
            }
        });
        System.out.printf("setup: %d users, %d chats in %d s%n", userCount, chats.size(), (System.currentTimeMillis() - t0) / 1000);

        List<Long> baseline = readDiaries(tokens, readers, Duration.ofSeconds(15), new AtomicBoolean(false));
        System.out.println("baseline diary reads: " + stats(baseline));

        // The stream clients run in a child process at a lower CPU priority (STREAM_NICE, default 10; 0 = same as the
        // app): they stand for 1,000 browsers on other machines. The readers stay in this process at normal priority.
        Path dir = Files.createTempDirectory("dearme-streams");
        Path chatList = dir.resolve("chats.txt");
        Path streamResults = dir.resolve("streams.txt");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < streams; i++) {
            lines.add(chats.get(i) + " " + tokens.get(i));
        }
        Files.write(chatList, lines);
        String nice = System.getenv().getOrDefault("STREAM_NICE", "10");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process clients = new ProcessBuilder("nice", "-n", nice, java, "bench/StreamClients.java", base,
                chatList.toString(), streamResults.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        java.io.BufferedReader clientOut = new java.io.BufferedReader(new java.io.InputStreamReader(clients.getInputStream()));
        if (!"ready".equals(clientOut.readLine())) {
            throw new IllegalStateException("stream clients did not start");
        }
        String upstream = System.getenv("UP_PID");

        AtomicBoolean stop = new AtomicBoolean();
        Memory mem = new Memory(pid);
        Thread memThread = Thread.ofVirtual().start(() -> mem.sample(stop));
        List<Long> underLoad = Collections.synchronizedList(new ArrayList<>());
        Thread readerThread = Thread.ofVirtual().start(() -> underLoad.addAll(readDiaries(tokens, readers, Duration.ofMinutes(10), stop)));
        Thread.sleep(3000); // readers warm under the same conditions
        java.util.Map<String, Long> cpuBefore = Cpu.byRole(pid, upstream);
        clients.getOutputStream().write("go\n".getBytes());
        clients.getOutputStream().flush();
        if (clients.waitFor() != 0) {
            throw new IllegalStateException("stream clients failed: exit " + clients.exitValue());
        }
        long loadEnd = System.currentTimeMillis();
        java.util.Map<String, Long> cpuAfter = Cpu.byRole(pid, upstream);
        stop.set(true);
        readerThread.join();
        memThread.join();

        ConcurrentLinkedQueue<Long> ttfc = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> total = new ConcurrentLinkedQueue<>();
        java.util.Map<String, Integer> reasons = new java.util.TreeMap<>();
        int done = 0;
        int errors = 0;
        long loadStart = 0;
        for (String line : Files.readAllLines(streamResults)) {
            String[] f = line.split(" ", 3);
            switch (f[0]) {
                case "ok" -> {
                    ttfc.add(Long.parseLong(f[1]));
                    total.add(Long.parseLong(f[2]));
                    done++;
                }
                case "start" -> loadStart = Long.parseLong(f[1]);
                case "cpu" -> {
                    cpuBefore.put("stream clients", 0L);
                    cpuAfter.put("stream clients", Long.parseLong(f[1]));
                }
                default -> {
                    errors++;
                    reasons.merge(line.substring(6), 1, Integer::sum);
                }
            }
        }
        long loadMs = loadEnd - loadStart;

        StringBuilder md = new StringBuilder();
        md.append("| metric | value |\n|---|---|\n");
        md.append("| concurrent streams | ").append(streams).append(" (").append(userCount).append(" users) |\n");
        md.append("| stream clients' nice level | ").append(nice).append(" |\n");
        md.append("| completed / errors | ").append(done).append(" / ").append(errors).append(" |\n");
        md.append("| error reasons | ").append(reasons.isEmpty() ? "none" : reasons.toString()).append(" |\n");
        md.append("| wall time for all streams | ").append(loadMs).append(" ms |\n");
        md.append("| time to first chunk (ms) | ").append(stats(new ArrayList<>(ttfc))).append(" |\n");
        md.append("| stream total time (ms) | ").append(stats(new ArrayList<>(total))).append(" |\n");
        md.append("| diary reads, no chat load (ms) | ").append(stats(baseline)).append(" |\n");
        md.append("| diary reads during streaming (ms) | ").append(stats(new ArrayList<>(underLoad))).append(" |\n");
        md.append("| failed diary reads | ").append(READ_ERRORS.isEmpty() ? "none" : READ_ERRORS.toString()).append(" |\n");
        md.append("| app heap used, max (MiB) | ").append(mem.maxHeap / (1 << 20)).append(" |\n");
        md.append("| app RSS, max (MiB) | ").append(mem.maxRss / 1024).append(" |\n");
        md.append("| app live threads, max | ").append(mem.maxThreads).append(" |\n");
        md.append("| DB pool: max active / max waiting / timeouts | ").append((long) mem.maxActive).append(" / ")
                .append((long) mem.maxPending).append(" / ").append((long) mem.poolTimeouts).append(" |\n");
        md.append("| diary reads over 500 ms (latency at start time) | ").append(SLOW_READS.isEmpty() ? "none" : SLOW_READS)
                .append(" |\n");
        md.append("| CPU seconds while streaming (2 cores) | ").append(Cpu.describe(cpuBefore, cpuAfter, loadMs)).append(" |\n");
        md.append("| streams started at | ").append(String.format("%tT.%<tL", loadStart)).append(" |\n");
        for (String l : call("GET", "/metrics", null, null).split("\n")) {
            if (l.startsWith("http_server_requests_seconds_max{") && l.contains("uri=\"/api/v1/diaries\"")
                    && l.contains("method=\"GET\"")) {
                md.append("| server-side max of a diary read, last 2 min (s) | ").append(l.substring(l.lastIndexOf(' ') + 1))
                        .append(" |\n");
            }
        }
        System.out.println(md);
        if (args.length > 5) {
            Files.writeString(Path.of(args[5]), md.toString());
        }
    }

    static List<Long> readDiaries(List<String> tokens, int readers, Duration max, AtomicBoolean stop) {
        List<Long> lat = Collections.synchronizedList(new ArrayList<>());
        long until = System.currentTimeMillis() + max.toMillis();
        List<Thread> ts = new ArrayList<>();
        for (int i = 0; i < readers; i++) {
            int seed = i;
            ts.add(Thread.ofVirtual().start(() -> {
                int n = seed;
                while (!stop.get() && System.currentTimeMillis() < until) {
                    String tok = tokens.get((n++ * 31) % tokens.size());
                    long s = System.nanoTime();
                    try {
                        HttpResponse<String> r = READ_HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/diaries?per_page=20"))
                                .header("Authorization", "Bearer " + tok).GET().build(), HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() == 200) {
                            long ms = (System.nanoTime() - s) / 1_000_000;
                            lat.add(ms);
                            if (ms > 500) {
                                SLOW_READS.add(String.format("%,d ms at %tT.%<tL", ms, System.currentTimeMillis() - ms));
                            }
                        } else {
                            READ_ERRORS.computeIfAbsent("HTTP " + r.statusCode(), k -> new AtomicInteger()).incrementAndGet();
                        }
                    } catch (Exception e) {
                        READ_ERRORS.computeIfAbsent(e.getClass().getSimpleName(), k -> new AtomicInteger()).incrementAndGet();
                    }
                }
            }));
        }
        for (Thread t : ts) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return new ArrayList<>(lat);
    }

    static String stats(List<Long> v) {
        return BenchHttp.stats(v);
    }

    static String call(String method, String path, String body, String token) throws Exception {
        return CLIENT.call(method, path, body, token);
    }

    static String field(String json, String name) {
        return BenchHttp.field(json, name);
    }

    static final class Memory {
        final long pid;
        volatile long maxRss;
        volatile long maxHeap;
        volatile long maxThreads;
        volatile double maxPending;
        volatile double maxActive;
        volatile double poolTimeouts;

        Memory(long pid) {
            this.pid = pid;
        }

        void sample(AtomicBoolean stop) {
            while (!stop.get()) {
                try {
                    for (String l : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                        if (l.startsWith("VmRSS:")) {
                            maxRss = Math.max(maxRss, Long.parseLong(l.replaceAll("\\D", "")));
                        }
                        if (l.startsWith("Threads:")) {
                            maxThreads = Math.max(maxThreads, Long.parseLong(l.replaceAll("\\D", "")));
                        }
                    }
                    long heap = 0;
                    for (String l : call("GET", "/metrics", null, null).split("\n")) {
                        double v = l.startsWith("#") ? 0 : Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1));
                        if (l.startsWith("jvm_memory_used_bytes{") && l.contains("area=\"heap\"")) {
                            heap += (long) v;
                        } else if (l.startsWith("hikaricp_connections_pending{")) {
                            maxPending = Math.max(maxPending, v);
                        } else if (l.startsWith("hikaricp_connections_active{")) {
                            maxActive = Math.max(maxActive, v);
                        } else if (l.startsWith("hikaricp_connections_timeout_total{")) {
                            poolTimeouts = v;
                        }
                    }
                    maxHeap = Math.max(maxHeap, heap);
                    Thread.sleep(500);
                } catch (Exception e) {
                    // keep sampling
                }
            }
        }
    }

    /** CPU time (clock ticks, 100 per second) of the processes on the box, by role, from /proc. */
    static final class Cpu {

        static java.util.Map<String, Long> byRole(long app, String upstream) {
            java.util.Map<String, Long> m = new java.util.LinkedHashMap<>();
            m.put("app", ticks(app));
            java.util.Map<Long, Long> parent = new java.util.HashMap<>();
            try (var dirs = Files.list(Path.of("/proc"))) {
                dirs.filter(d -> d.getFileName().toString().matches("\\d+")).forEach(d -> {
                    String[] f = stat(Long.parseLong(d.getFileName().toString()));
                    if (f != null) {
                        parent.put(Long.parseLong(d.getFileName().toString()), Long.parseLong(f[1]));
                    }
                });
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            // the embedded PostgreSQL: pg_ctl detaches the postmaster from the app, so find it by its data directory
            // (under the app's data dir, DATA_DIR) and count it and its backends
            String dataDir = System.getenv("DATA_DIR");
            java.util.Set<Long> postmasters = new java.util.HashSet<>();
            for (long p : parent.keySet()) {
                String cmd = cmdline(p);
                if (dataDir != null && cmd.contains(dataDir) && cmd.contains("postgres")) {
                    postmasters.add(p);
                }
            }
            long db = 0;
            for (long p : parent.keySet()) {
                if (postmasters.contains(p) || postmasters.contains(parent.get(p))) {
                    db += ticks(p);
                }
            }
            m.put("PostgreSQL", db);
            if (upstream != null) {
                m.put("fake upstream", ticks(Long.parseLong(upstream)));
            }
            m.put("readers (this process)", ticks(ProcessHandle.current().pid()));
            return m;
        }

        static String describe(java.util.Map<String, Long> before, java.util.Map<String, Long> after, long ms) {
            StringBuilder b = new StringBuilder(String.format("over %.1f s: ", ms / 1000.0));
            after.forEach((k, v) -> b.append(String.format("%s %.1f, ", k, (v - before.getOrDefault(k, 0L)) / 100.0)));
            return b.substring(0, b.length() - 2);
        }

        /** Fields after the command name: [0] state, [1] ppid, ... [11] utime, [12] stime. */
        static String[] stat(long pid) {
            try {
                String s = Files.readString(Path.of("/proc/" + pid + "/stat"));
                return s.substring(s.lastIndexOf(')') + 2).split(" ");
            } catch (Exception e) {
                return null; // the process ended meanwhile
            }
        }

        static String cmdline(long pid) {
            try {
                return Files.readString(Path.of("/proc/" + pid + "/cmdline")).replace('\0', ' ');
            } catch (Exception e) {
                return "";
            }
        }

        static long ticks(long pid) {
            String[] f = stat(pid);
            return f == null ? 0 : Long.parseLong(f[11]) + Long.parseLong(f[12]);
        }
    }
}
