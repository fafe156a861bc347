import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;

/**
 * The 1,000 chat users of the streaming benchmark, in a process of their own so that ChatStreamingBench can run it at a
 * lower CPU priority than the app (they stand for 1,000 browsers on other machines). Reads "chatId token" lines,
 * opens every connection's request thread, prints "ready", starts all streams when a line arrives on stdin, and
 * writes one result line per stream: "ok <ttfcMs> <totalMs>" or "error <reason>", then "start <epochMs>" and
 * "cpu <ticks>" (its own CPU time while streaming).
 * Run: java bench/StreamClients.java <baseUrl> <chatsFile> <resultFile>
 */
public class StreamClients {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        List<String[]> chats = new ArrayList<>();
        for (String l : Files.readAllLines(Path.of(args[1]))) {
            chats.add(l.split(" "));
        }
        HttpClient http = BenchHttp.newClient();
        ConcurrentLinkedQueue<String> results = new ConcurrentLinkedQueue<>();
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(chats.size());
        for (String[] c : chats) {
            Thread.ofVirtual().start(() -> {
                try {
                    go.await();
                    results.add(stream(http, base, c[0], c[1]));
                } catch (Exception e) {
                    results.add("error " + e.getClass().getSimpleName() + ": " + e.getMessage());
                } finally {
                    finished.countDown();
                }
            });
        }
        System.out.println("ready");
        System.out.flush();
        new java.io.BufferedReader(new java.io.InputStreamReader(System.in)).readLine();
        long start = System.currentTimeMillis();
        long cpu = ChatStreamingBench.Cpu.ticks(ProcessHandle.current().pid());
        go.countDown();
        finished.await();
        results.add("start " + start);
        results.add("cpu " + (ChatStreamingBench.Cpu.ticks(ProcessHandle.current().pid()) - cpu));
        Files.write(Path.of(args[2]), results);
    }

    private static String stream(HttpClient http, String base, String chat, String token) throws Exception {
        long start = System.nanoTime();
        HttpRequest r = HttpRequest.newBuilder(URI.create(base + "/api/v1/chats/" + chat + "/messages/stream"))
                .timeout(Duration.ofMinutes(5)).header("Content-Type", "application/json")
                .header("Accept", "text/event-stream").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString("{\"content\":\"오늘 하루 어땠는지 얘기해 줄래?\"}")).build();
        HttpResponse<java.util.stream.Stream<String>> resp = http.send(r, HttpResponse.BodyHandlers.ofLines());
        if (resp.statusCode() != 200) {
            resp.body().close();
            return "error HTTP " + resp.statusCode();
        }
        long[] ttfc = {-1};
        boolean[] done = {false};
        resp.body().forEach(line -> {
            if (ttfc[0] < 0 && line.contains("\"type\":\"chunk\"")) {
                ttfc[0] = (System.nanoTime() - start) / 1_000_000;
            }
            if (line.contains("\"type\":\"done\"")) {
                done[0] = true;
            }
        });
        return done[0] ? "ok " + ttfc[0] + " " + (System.nanoTime() - start) / 1_000_000 : "error stream ended without done";
    }
}
