package app.dearme.ai.openai;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Korean prompt templates under {@code classpath:prompts/}; {@code {{key}}} placeholders. */
final class Prompts {

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Prompts() {
    }

    static String get(String name) {
        return CACHE.computeIfAbsent(name, n -> {
            try (InputStream in = Prompts.class.getResourceAsStream("/prompts/" + n + ".txt")) {
                if (in == null) {
                    throw new IllegalStateException("missing prompt " + n);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    static String fill(String name, Map<String, String> values) {
        String t = get(name);
        for (Map.Entry<String, String> e : values.entrySet()) {
            t = t.replace("{{" + e.getKey() + "}}", e.getValue() == null ? "" : e.getValue());
        }
        return t;
    }
}
