import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Issue 5's "done when" journey, timed request by request: quiz, four diaries written (milestone_3 arriving on an
 * open notification stream) and three older ones imported, persona generate and regenerate (202 + job), a streaming chat. Every request's latency
 * is recorded per endpoint, so the claim "no request takes longer than 300 ms" is measured, not assumed.
 * Run: java bench/JourneyBench.java <baseUrl> [users] [concurrentJourneys] [resultFile]
 */
public class JourneyBench {

    static final String ANSWERS = "{\"answers\":[{\"question_id\":1,\"option_id\":\"a\"},{\"question_id\":2,\"option_id\":\"b\"},"
            + "{\"question_id\":3,\"option_id\":\"c\"},{\"question_id\":4,\"option_id\":\"d\"},{\"question_id\":5,\"option_id\":\"a\"}]}";
    static final String[] TEXTS = {
            "아침에 한강을 따라 달리고 카페에서 라떼를 마셨다. 오후에는 책을 읽었다.",
            "회사에서 발표가 있어서 긴장했지만 잘 끝나서 뿌듯했다. 저녁엔 친구와 떡볶이를 먹었다.",
            "비가 와서 집에서 피아노를 연습했다. 오랜만에 마음이 차분해졌다.",
            "강아지와 공원을 산책했다. 벚꽃이 피기 시작해서 사진을 많이 찍었다.",
            "시험 공부 때문에 도서관에 하루 종일 있었다. 피곤하지만 조금 뿌듯하다.",
            "엄마와 통화하면서 주말 여행 계획을 세웠다. 제주도에 가기로 했다.",
            "요리를 배워 보려고 파스타를 만들었다. 생각보다 맛있어서 기분이 좋았다."};

    final BenchHttp api;
    final Map<String, ConcurrentLinkedQueue<Long>> latency = new ConcurrentHashMap<>();
    final ConcurrentLinkedQueue<Long> milestoneDelay = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<Long> generateJob = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<Long> upgradeJob = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<Long> regenerateJob = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<Long> firstChunk = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();

    JourneyBench(String base) {
        this.api = new BenchHttp(base);
    }

    public static void main(String[] args) throws Exception {
        int users = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        int concurrent = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        JourneyBench b = new JourneyBench(args[0]);
        long stamp = System.currentTimeMillis() % 100000;
        long t0 = System.currentTimeMillis();
        BenchHttp.runParallel(users, concurrent, i -> {
            try {
                b.journey("jr" + stamp + "u" + i, i % 2 == 0);
            } catch (Exception e) {
                b.failures.add(e.toString());
            }
        });
        String md = b.report(users, concurrent, System.currentTimeMillis() - t0);
        System.out.println(md);
        if (args.length > 3) {
            Files.writeString(Path.of(args[3]), md);
        }
    }

    /** One request, timed under its endpoint's name; non-2xx is recorded as a failure and thrown. */
    String timed(String name, String method, String path, String body, String token) throws Exception {
        long s = System.nanoTime();
        HttpResponse<String> r = api.http.send(api.request(method, path, body, token).build(), HttpResponse.BodyHandlers.ofString());
        latency.computeIfAbsent(name, k -> new ConcurrentLinkedQueue<>()).add((System.nanoTime() - s) / 1_000_000);
        if (r.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " -> " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    /**
     * withQuiz: quiz → temporary persona, upgraded to basic after three diaries and to complete after seven;
     * otherwise the persona is generated after seven diaries. Both then regenerate it and chat with it.
     */
    void journey(String name, boolean withQuiz) throws Exception {
        String tok = api.register(name);
        try (NotificationStream stream = new NotificationStream(api, tok)) {
            stream.awaitData(l -> l.contains("\"unread_count\""), 10);
            if (withQuiz) {
                timed("GET /quiz/questions", "GET", "/api/v1/quiz/questions", null, tok);
                timed("POST /quiz/submit", "POST", "/api/v1/quiz/submit", ANSWERS, tok);
            }

            // the writing window is today-3 .. today: four diaries are written, three older ones imported
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Seoul"));
            for (int d = 0; d < 4; d++) {
                String body = "{\"title\":\"하루 " + d + "\",\"content\":\"" + TEXTS[d] + "\",\"mood\":\"happy\",\"weather\":\"sunny\","
                        + "\"diary_date\":\"" + today.minusDays(3 - d) + "\"}";
                long sent = System.nanoTime();
                timed("POST /diaries", "POST", "/api/v1/diaries", body, tok);
                if (d == 2) { // the third diary: milestone_3 must arrive on the open stream
                    stream.awaitData(l -> l.contains("\"milestone_3\""), 10);
                    milestoneDelay.add((System.nanoTime() - sent) / 1_000_000);
                    if (withQuiz) {
                        upgrade(tok);
                    }
                }
            }
            StringBuilder older = new StringBuilder("{\"diaries\":[");
            for (int d = 4; d < TEXTS.length; d++) {
                older.append(d > 4 ? "," : "").append("{\"title\":\"지난 일기 ").append(d).append("\",\"content\":\"")
                        .append(TEXTS[d]).append("\",\"mood\":\"calm\",\"diary_date\":\"").append(today.minusDays(10 + d)).append("\"}");
            }
            importJson(older.append("]}").toString(), tok);
            timed("GET /diaries", "GET", "/api/v1/diaries?per_page=20", null, tok);
            timed("GET /personas/status", "GET", "/api/v1/personas/status", null, tok);

            if (withQuiz) {
                upgrade(tok);
            } else {
                long s = System.nanoTime();
                String job = BenchHttp.field(timed("POST /personas/generate", "POST", "/api/v1/personas/generate", null, tok), "job_id");
                stream.awaitData(l -> l.contains("\"persona_ready\""), 60);
                generateJob.add((System.nanoTime() - s) / 1_000_000);
                timed("GET /jobs/{id}", "GET", "/api/v1/jobs/" + job, null, tok);
            }
            String persona = timed("GET /personas/me", "GET", "/api/v1/personas/me", null, tok);
            long personaId = Long.parseLong(BenchHttp.field(persona, "id"));

            long s = System.nanoTime();
            String job2 = BenchHttp.field(timed("POST /personas/regenerate", "POST", "/api/v1/personas/regenerate", null, tok), "job_id");
            awaitJob(job2, tok);
            regenerateJob.add((System.nanoTime() - s) / 1_000_000);

            String chat = BenchHttp.field(timed("POST /chats", "POST", "/api/v1/chats", "{\"persona_id\":" + personaId + "}", tok), "id");
            chatStream(chat, tok);
            timed("GET /chats/{id}", "GET", "/api/v1/chats/" + chat, null, tok);
            timed("GET /notifications", "GET", "/api/v1/notifications", null, tok);
            timed("POST /notifications/mark-all-read", "POST", "/api/v1/notifications/mark-all-read", null, tok);
        }
    }

    void upgrade(String tok) throws Exception {
        long s = System.nanoTime();
        String job = BenchHttp.field(timed("POST /quiz/upgrade-persona", "POST", "/api/v1/quiz/upgrade-persona", null, tok), "job_id");
        awaitJob(job, tok);
        upgradeJob.add((System.nanoTime() - s) / 1_000_000);
    }

    void importJson(String json, String tok) throws Exception {
        String boundary = "bench" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"diaries.json\"\r\n"
                + "Content-Type: application/json\r\n\r\n" + json + "\r\n--" + boundary + "--\r\n";
        long s = System.nanoTime();
        HttpResponse<String> r = api.http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(api.base + "/api/v1/diaries/import"))
                .header("Authorization", "Bearer " + tok).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        latency.computeIfAbsent("POST /diaries/import (3 diaries)", k -> new ConcurrentLinkedQueue<>()).add((System.nanoTime() - s) / 1_000_000);
        if (r.statusCode() >= 300 || !r.body().contains("\"imported\":3")) {
            throw new IllegalStateException("import -> " + r.statusCode() + " " + r.body());
        }
    }

    void awaitJob(String job, String tok) throws Exception {
        for (int i = 0; i < 300; i++) {
            String status = BenchHttp.field(timed("GET /jobs/{id}", "GET", "/api/v1/jobs/" + job, null, tok), "status");
            if ("done".equals(status)) {
                return;
            }
            if ("failed".equals(status)) {
                throw new IllegalStateException("job " + job + " failed");
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("job " + job + " not done after 60 s");
    }

    /** Time to response headers is the request's latency; time to the first chunk is recorded apart. */
    void chatStream(String chat, String tok) throws Exception {
        long s = System.nanoTime();
        HttpResponse<Stream<String>> r = api.http.send(api.request("POST", "/api/v1/chats/" + chat + "/messages/stream",
                        "{\"content\":\"요즘 뭐 하면서 지내?\"}", tok).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofLines());
        latency.computeIfAbsent("POST /chats/{id}/messages/stream (headers)", k -> new ConcurrentLinkedQueue<>())
                .add((System.nanoTime() - s) / 1_000_000);
        if (r.statusCode() != 200) {
            throw new IllegalStateException("stream -> " + r.statusCode());
        }
        boolean[] first = {true};
        boolean[] done = {false};
        try (Stream<String> lines = r.body()) {
            lines.forEach(l -> {
                if (first[0] && l.contains("\"type\":\"chunk\"")) {
                    first[0] = false;
                    firstChunk.add((System.nanoTime() - s) / 1_000_000);
                }
                done[0] |= l.contains("\"type\":\"done\"");
            });
        }
        if (!done[0]) {
            throw new IllegalStateException("chat stream ended without done");
        }
    }

    String report(int users, int concurrent, long wallMs) {
        StringBuilder md = new StringBuilder();
        md.append("journeys: ").append(users).append(" users, ").append(concurrent).append(" at a time, ")
                .append(wallMs / 1000).append(" s; failures: ").append(failures.isEmpty() ? "none" : failures).append("\n\n");
        md.append("| request | n | p50 | p95 | max (ms) |\n|---|---:|---:|---:|---:|\n");
        List<Long> all = new ArrayList<>();
        for (var e : new TreeMap<>(latency).entrySet()) {
            List<Long> v = new ArrayList<>(e.getValue());
            all.addAll(v);
            v.sort(null);
            md.append("| ").append(e.getKey()).append(" | ").append(v.size()).append(" | ").append(BenchHttp.pct(v, 50))
                    .append(" | ").append(BenchHttp.pct(v, 95)).append(" | ").append(v.get(v.size() - 1)).append(" |\n");
        }
        long over = all.stream().filter(ms -> ms > 300).count();
        md.append("\nall timed requests: ").append(BenchHttp.stats(all)).append("; over 300 ms: ").append(over).append("\n\n");
        md.append("| background work (not a request) | ms |\n|---|---|\n");
        md.append("| diary POST → milestone_3 on the open stream | ").append(BenchHttp.stats(new ArrayList<>(milestoneDelay))).append(" |\n");
        md.append("| generate 202 → persona_ready on the open stream | ").append(BenchHttp.stats(new ArrayList<>(generateJob))).append(" |\n");
        md.append("| upgrade-persona 202 → job done (polled every 200 ms) | ").append(BenchHttp.stats(new ArrayList<>(upgradeJob))).append(" |\n");
        md.append("| regenerate 202 → job done (polled every 200 ms) | ").append(BenchHttp.stats(new ArrayList<>(regenerateJob))).append(" |\n");
        md.append("| chat stream: time to first chunk | ").append(BenchHttp.stats(new ArrayList<>(firstChunk))).append(" |\n");
        return md.toString();
    }

    /** The user's notification stream (Authorization header, never a URL token), read on its own thread. */
    static final class NotificationStream implements AutoCloseable {
        final List<String> data = new ArrayList<>();
        final Thread reader;
        volatile Stream<String> lines;

        NotificationStream(BenchHttp api, String tok) throws Exception {
            CountDownLatch open = new CountDownLatch(1);
            AtomicInteger status = new AtomicInteger();
            reader = Thread.ofVirtual().start(() -> {
                try {
                    HttpResponse<Stream<String>> r = api.http.send(api.request("GET", "/api/v1/notifications/stream", null, tok)
                            .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines());
                    status.set(r.statusCode());
                    lines = r.body();
                    open.countDown();
                    lines.forEach(l -> {
                        if (l.startsWith("data:")) {
                            synchronized (data) {
                                data.add(l);
                                data.notifyAll();
                            }
                        }
                    });
                } catch (Exception e) {
                    open.countDown();
                }
            });
            if (!open.await(10, TimeUnit.SECONDS) || status.get() != 200) {
                throw new IllegalStateException("notification stream -> " + status.get());
            }
        }

        void awaitData(Predicate<String> match, int seconds) throws InterruptedException {
            long until = System.currentTimeMillis() + seconds * 1000L;
            synchronized (data) {
                while (data.stream().noneMatch(match)) {
                    long left = until - System.currentTimeMillis();
                    if (left <= 0) {
                        throw new IllegalStateException("no matching notification within " + seconds + " s");
                    }
                    data.wait(left);
                }
            }
        }

        @Override
        public void close() {
            if (lines != null) {
                lines.close();
            }
            reader.interrupt();
        }
    }
}
