package app.dearme.notification;

import app.dearme.platform.cluster.PgChannels;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A {@link LiveUpdate} as the text payload of a PostgreSQL NOTIFY, and back. */
@Component
class LiveUpdateCodec {

    /** PostgreSQL refuses payloads of 8,000 bytes or more; a larger update travels as "unread count changed". */
    static final int MAX_PAYLOAD_BYTES = PgChannels.MAX_PAYLOAD_BYTES;

    private final JsonMapper json;

    LiveUpdateCodec(JsonMapper json) {
        this.json = json;
    }

    String encode(LiveUpdate update) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("u", update.userId());
        if (update.notification() != null) {
            body.put("n", update.notification());
        }
        String text = json.writeValueAsString(body);
        if (text.getBytes(StandardCharsets.UTF_8).length > MAX_PAYLOAD_BYTES) {
            return json.writeValueAsString(Map.of("u", update.userId()));
        }
        return text;
    }

    LiveUpdate decode(String payload) {
        JsonNode node = json.readTree(payload);
        NotificationView n = node.has("n") ? json.treeToValue(node.get("n"), NotificationView.class) : null;
        return new LiveUpdate(node.get("u").asLong(), n);
    }
}
