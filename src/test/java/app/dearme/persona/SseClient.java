package app.dearme.persona;

import app.dearme.support.TestApi;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/** Reads an SSE response line by line (JDK HttpClient, BodyHandlers.ofLines) on a background thread. */
public final class SseClient implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final BlockingQueue<JsonNode> events = new LinkedBlockingQueue<>();
    private final List<String> comments = new ArrayList<>();
    private final int status;
    private final String contentType;
    private final Stream<String> lines;
    private final Thread reader;

    private SseClient(HttpResponse<Stream<String>> response) {
        this.status = response.statusCode();
        this.contentType = response.headers().firstValue("Content-Type").orElse("");
        this.lines = response.body();
        this.reader = Thread.ofVirtual().start(() -> {
            try {
                lines.forEach(line -> {
                    if (line.startsWith("data:")) {
                        events.add(TestApi.JSON.readTree(line.substring(5).strip()));
                    } else if (line.startsWith(":")) {
                        synchronized (comments) {
                            comments.add(line);
                        }
                    }
                });
            } catch (RuntimeException ignored) {
                // closed by the test
            }
        });
    }

    public static SseClient get(String base, String path, String token) {
        return open(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + token).GET().build());
    }

    public static SseClient post(String base, String path, String token, Object body) {
        return open(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/event-stream")
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(TestApi.toJson(body))).build());
    }

    private static SseClient open(HttpRequest request) {
        try {
            return new SseClient(HTTP.send(request, HttpResponse.BodyHandlers.ofLines()));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public int status() {
        return status;
    }

    public String contentType() {
        return contentType;
    }

    /** The next event matching {@code p} within the timeout (events before it are dropped). */
    public JsonNode await(Predicate<JsonNode> p, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                JsonNode e = left <= 0 ? null : events.poll(left, TimeUnit.NANOSECONDS);
                if (e == null) {
                    throw new AssertionError("no matching SSE event within " + timeout);
                }
                if (p.test(e)) {
                    return e;
                }
            }
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    public JsonNode awaitType(String type) {
        return await(e -> type.equals(e.path("type").asString()), Duration.ofSeconds(15));
    }

    /** Every event until the server ends the response. */
    public List<JsonNode> all(Duration timeout) {
        try {
            reader.join(timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<JsonNode> out = new ArrayList<>();
        events.drainTo(out);
        return out;
    }

    public List<String> comments() {
        synchronized (comments) {
            return List.copyOf(comments);
        }
    }

    @Override
    public void close() {
        lines.close();
        reader.interrupt();
    }
}
