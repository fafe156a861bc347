package app.dearme.chat;

import app.dearme.ai.CrisisResource;
import app.dearme.ai.SafetyResult;
import app.dearme.platform.web.SseWriter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The streaming endpoint's output (SPEC §7 events {@code user_message}, {@code safety}, {@code chunk}, {@code done},
 * {@code error}). The response becomes an event stream only at the first event, so every error found while the
 * turn is admitted is still an ordinary problem+json response.
 */
final class SseTurnOutput implements TurnOutput {

    private final HttpServletResponse response;
    private final JsonMapper json;
    private final StringBuilder delivered = new StringBuilder();
    private SseWriter sse;

    SseTurnOutput(HttpServletResponse response, JsonMapper json) {
        this.response = response;
        this.json = json;
    }

    @Override
    public void userMessage(ChatDtos.Message message) throws IOException {
        send(Map.of("type", "user_message", "message", message));
    }

    @Override
    public void safety(SafetyResult safety) throws IOException {
        Map<String, Object> ev = new LinkedHashMap<>();
        ev.put("type", "safety");
        ev.put("signals", safety.signals());
        ev.put("message", "많이 힘들었겠어요. 혼자 견디지 않아도 돼요. 지금 바로 이야기할 수 있는 곳이 있어요.");
        ev.put("resources", CrisisResource.KOREA);
        send(ev);
    }

    @Override
    public void chunk(String text) throws IOException {
        send(Map.of("type", "chunk", "content", text));
        delivered.append(text);
    }

    @Override
    public void keepAlive() throws IOException {
        writer().comment("checking");
    }

    @Override
    public boolean cancelled() {
        return sse != null && sse.closed();
    }

    @Override
    public void done(ChatDtos.Message reply) throws IOException {
        send(Map.of("type", "done", "message", reply));
    }

    @Override
    public void failed() throws IOException {
        send(Map.of("type", "error", "detail", "답장을 만들지 못했어요. 잠시 후 다시 시도해 주세요."));
    }

    @Override
    public String delivered() {
        return delivered.toString();
    }

    private void send(Map<String, ?> event) throws IOException {
        writer().data(json.writeValueAsString(event));
    }

    private SseWriter writer() {
        if (sse == null) {
            sse = new SseWriter(response);
        }
        return sse;
    }
}
