package app.dearme.ai.openai;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import app.dearme.ai.AiProperties;

/**
 * A thin OpenAI-compatible client on {@link java.net.http.HttpClient}: streamed Chat Completions (SSE)
 * and Embeddings. One call = one HTTP request; retries and fallback live in the engine. The API key is
 * only ever put in the Authorization header, never in messages or logs.
 */
public class OpenAiClient {

    public record Message(String role, String content) {
    }

    /** usageKnown=false when the stream ended without a usage chunk (cancelled or cut off). */
    public record StreamResult(String text, long promptTokens, long completionTokens, boolean usageKnown,
                               boolean cancelled, boolean truncated) {
    }

    public record Embedding(float[] vector, long promptTokens) {
    }

    private sealed interface Event permits Headers, Line, Done, Failed {
    }

    private record Headers(int status, long retryAfterMillis) implements Event {
    }

    private record Line(String text) implements Event {
    }

    private record Done() implements Event {
    }

    private record Failed(Throwable error) implements Event {
    }

    private static final long POLL_MILLIS = 25;

    private final AiProperties props;
    private final HttpClient http;
    private final JsonMapper json = JsonMapper.builder().build();
    private final String base;

    public OpenAiClient(AiProperties props) {
        this.props = props;
        // HTTP/1.1: a cancelled stream closes its connection, so the peer sees the disconnect at once.
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(props.connectTimeout()).build();
        String b = props.baseUrl() == null ? "" : props.baseUrl().strip();
        b = b.replaceAll("/+$", "");
        this.base = b.endsWith("/v1") ? b : b + "/v1";
    }

    /**
     * Streams one chat completion. Deltas go to {@code onDelta} as they arrive. Throws
     * {@link UpstreamException} only before the first content delta; after it, a broken stream returns
     * what was received with {@code truncated=true}.
     */
    public StreamResult streamChat(List<Message> messages, boolean jsonObject, Consumer<String> onDelta,
                                   BooleanSupplier cancelled) {
        ObjectNode body = json.createObjectNode();
        body.put("model", props.model());
        body.put("stream", true);
        body.putObject("stream_options").put("include_usage", true);
        body.put("temperature", props.temperature());
        if (jsonObject) {
            body.putObject("response_format").put("type", "json_object");
        }
        ArrayNode arr = body.putArray("messages");
        for (Message m : messages) {
            arr.addObject().put("role", m.role()).put("content", m.content());
        }
        HttpRequest request = request("/chat/completions", body.toString(), "text/event-stream");

        BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        AtomicReference<Flow.Subscription> subscription = new AtomicReference<>();
        Flow.Subscriber<String> lines = new Flow.Subscriber<>() {
            @Override
            public void onSubscribe(Flow.Subscription s) {
                subscription.set(s);
                s.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(String item) {
                events.add(new Line(item));
            }

            @Override
            public void onError(Throwable t) {
                events.add(new Failed(t));
            }

            @Override
            public void onComplete() {
                events.add(new Done());
            }
        };
        long start = System.nanoTime();
        CompletableFuture<HttpResponse<Void>> future = http.sendAsync(request, info -> {
            events.add(new Headers(info.statusCode(), retryAfter(info.headers())));
            return HttpResponse.BodySubscribers.fromLineSubscriber(lines);
        });
        future.whenComplete((r, e) -> {
            if (e != null) {
                events.add(new Failed(e));
            }
        });

        StringBuilder text = new StringBuilder();
        StringBuilder errorBody = new StringBuilder();
        long prompt = 0;
        long completion = 0;
        boolean usageKnown = false;
        boolean firstToken = false;
        int status = -1;
        long retryAfterMillis = 0;
        long lastActivity = System.nanoTime();
        long overallDeadline = start + props.readTimeout().toNanos();
        try {
            while (true) {
                if (cancelled.getAsBoolean()) {
                    abort(future, subscription);
                    return new StreamResult(text.toString(), prompt, completion, false, true, false);
                }
                long now = System.nanoTime();
                if (!firstToken && now - start > props.firstTokenTimeout().toNanos()) {
                    abort(future, subscription);
                    throw new UpstreamException("no first token within " + props.firstTokenTimeout(), 0, true, 0, null);
                }
                if (firstToken && (now - lastActivity > props.idleTimeout().toNanos() || now > overallDeadline)) {
                    abort(future, subscription);
                    return new StreamResult(text.toString(), prompt, completion, false, false, true);
                }
                Event e = events.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (e == null) {
                    continue;
                }
                lastActivity = System.nanoTime();
                switch (e) {
                    case Headers h -> {
                        status = h.status();
                        retryAfterMillis = h.retryAfterMillis();
                    }
                    case Line l -> {
                        if (status != 200) {
                            errorBody.append(l.text());
                            continue;
                        }
                        String line = l.text();
                        if (!line.startsWith("data:")) {
                            continue; // comments, event names, blank separators
                        }
                        String data = line.substring(5).strip();
                        if (data.equals("[DONE]")) {
                            return new StreamResult(text.toString(), prompt, completion, usageKnown, false, false);
                        }
                        JsonNode chunk;
                        try {
                            chunk = json.readTree(data);
                        } catch (RuntimeException ex) {
                            continue; // a malformed frame is skipped, not fatal
                        }
                        if (chunk.has("error")) {
                            abort(future, subscription);
                            if (!firstToken) {
                                throw new UpstreamException("upstream error: " + chunk.path("error").path("message").asString(""),
                                        status, true, 0, null);
                            }
                            return new StreamResult(text.toString(), prompt, completion, false, false, true);
                        }
                        JsonNode usage = chunk.path("usage");
                        if (usage.isObject()) {
                            prompt = usage.path("prompt_tokens").asLong(0);
                            completion = usage.path("completion_tokens").asLong(0);
                            usageKnown = true;
                        }
                        JsonNode delta = chunk.path("choices").path(0).path("delta").path("content");
                        if (delta.isString() && !delta.stringValue().isEmpty()) {
                            firstToken = true;
                            text.append(delta.stringValue());
                            onDelta.accept(delta.stringValue());
                        }
                    }
                    case Done d -> {
                        if (status != 200) {
                            throw statusError(status, retryAfterMillis, errorBody);
                        }
                        // ended without [DONE]: complete if usage arrived, else cut off
                        if (!firstToken && !usageKnown) {
                            throw new UpstreamException("stream ended before any content", status, true, 0, null);
                        }
                        return new StreamResult(text.toString(), prompt, completion, usageKnown, false, !usageKnown);
                    }
                    case Failed f -> {
                        if (status > 0 && status != 200) {
                            throw statusError(status, retryAfterMillis, errorBody);
                        }
                        if (firstToken) {
                            return new StreamResult(text.toString(), prompt, completion, false, false, true);
                        }
                        throw failure(f.error());
                    }
                }
                if (e instanceof Headers && status != 200 && (status == 429 || status >= 500)) {
                    // no need to read an error body for a retryable status
                    abort(future, subscription);
                    throw statusError(status, retryAfterMillis, errorBody);
                }
            }
        } catch (InterruptedException ie) {
            abort(future, subscription);
            Thread.currentThread().interrupt();
            throw new UpstreamException("interrupted", 0, false, 0, ie);
        }
    }

    public Embedding embed(String input) {
        ObjectNode body = json.createObjectNode();
        body.put("model", props.embeddingModel());
        body.put("input", input);
        HttpRequest request = HttpRequest.newBuilder(request("/embeddings", body.toString(), "application/json"),
                (k, v) -> true).timeout(props.readTimeout()).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            throw new UpstreamException("interrupted", 0, false, 0, ie);
        } catch (IOException e) {
            throw failure(e);
        }
        if (response.statusCode() != 200) {
            throw statusError(response.statusCode(), retryAfter(response.headers()), new StringBuilder(response.body()));
        }
        JsonNode root = json.readTree(response.body());
        JsonNode vec = root.path("data").path(0).path("embedding");
        if (!vec.isArray() || vec.isEmpty()) {
            throw new UpstreamException("embedding response without data[0].embedding", 200, false, 0, null);
        }
        float[] v = new float[vec.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) vec.get(i).asDouble();
        }
        return new Embedding(v, root.path("usage").path("prompt_tokens").asLong(0));
    }

    private HttpRequest request(String path, String body, String accept) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (props.apiKey() != null && !props.apiKey().isBlank()) {
            b.header("Authorization", "Bearer " + props.apiKey());
        }
        return b.build();
    }

    private static void abort(CompletableFuture<?> future, AtomicReference<Flow.Subscription> subscription) {
        abortQuietly(future, subscription, true);
    }

    /** Cancelling the subscription closes the HTTP/1.1 connection; cancelling the future aborts the exchange. */
    private static void abortQuietly(CompletableFuture<?> future, AtomicReference<Flow.Subscription> subscription,
                                     boolean cancelFuture) {
        Flow.Subscription s = subscription.get();
        if (s != null) {
            s.cancel();
        }
        if (cancelFuture) {
            future.cancel(true);
        }
    }

    private static long retryAfter(java.net.http.HttpHeaders headers) {
        return headers.firstValue("retry-after").map(v -> {
            try {
                return (long) (Double.parseDouble(v.strip()) * 1000);
            } catch (NumberFormatException e) {
                return 0L;
            }
        }).orElse(0L);
    }

    private static UpstreamException statusError(int status, long retryAfterMillis, StringBuilder body) {
        String snippet = body.length() > 200 ? body.substring(0, 200) : body.toString();
        return new UpstreamException("HTTP " + status + ": " + snippet, status, status == 429 || status >= 500,
                retryAfterMillis, null);
    }

    private static UpstreamException failure(Throwable t) {
        Throwable c = t instanceof java.util.concurrent.CompletionException && t.getCause() != null ? t.getCause() : t;
        boolean retryable = c instanceof HttpTimeoutException || c instanceof HttpConnectTimeoutException
                || c instanceof ConnectException || c instanceof IOException;
        return new UpstreamException(c.getClass().getSimpleName() + ": " + c.getMessage(), 0, retryable, 0, c);
    }

    Duration firstTokenTimeout() {
        return props.firstTokenTimeout();
    }
}
