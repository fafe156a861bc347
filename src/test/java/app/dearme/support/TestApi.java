package app.dearme.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A raw HTTP client for black-box tests: any body, any content type, any header. */
public final class TestApi {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public TestApi(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public String base() {
        return base;
    }

    public Call get(String path) {
        return new Call("GET", path, null, null);
    }

    public Call delete(String path) {
        return new Call("DELETE", path, null, null);
    }

    public Call delete(String path, Object body) {
        return new Call("DELETE", path, body, "application/json");
    }

    public Call post(String path, Object body) {
        return new Call("POST", path, body, "application/json");
    }

    public Call patch(String path, Object body) {
        return new Call("PATCH", path, body, "application/json");
    }

    public Call put(String path, Object body) {
        return new Call("PUT", path, body, "application/json");
    }

    /** Serialises maps/records/strings; a String body is sent as is (for malformed JSON tests). */
    public static String toJson(Object body) {
        return body instanceof String s ? s : JSON.writeValueAsString(body);
    }

    public final class Call {
        private final String method;
        private final String path;
        private final Object body;
        private String contentType;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private byte[] rawBody;

        Call(String method, String path, Object body, String contentType) {
            this.method = method;
            this.path = path;
            this.body = body;
            this.contentType = contentType;
        }

        public Call auth(String accessToken) {
            headers.put("Authorization", "Bearer " + accessToken);
            return this;
        }

        public Call auth(TestUsers.User user) {
            return auth(user.accessToken());
        }

        public Call header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        public Call contentType(String ct) {
            this.contentType = ct;
            return this;
        }

        public Call raw(byte[] bytes, String ct) {
            this.rawBody = bytes;
            this.contentType = ct;
            return this;
        }

        public Resp send() {
            HttpRequest.BodyPublisher pub = rawBody != null ? HttpRequest.BodyPublishers.ofByteArray(rawBody)
                    : body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(toJson(body), StandardCharsets.UTF_8);
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                    .method(method, pub);
            if ((body != null || rawBody != null) && contentType != null) {
                b.header("Content-Type", contentType);
            }
            headers.forEach(b::header);
            try {
                HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
                return new Resp(r.statusCode(), r.headers().map(), r.body());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** Sends and asserts the status; returns the response. */
        public Resp expect(int status) {
            Resp r = send();
            if (r.status() != status) {
                throw new AssertionError(method + " " + path + ": expected " + status + " but got " + r.status()
                        + " body=" + r.text());
            }
            return r;
        }
    }

    public record Resp(int status, Map<String, java.util.List<String>> headers, byte[] bytes) {
        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            return JSON.readTree(bytes);
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }
    }
}
