package app.dearme.platform.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes Server-Sent Events straight to the response, on the request's own (virtual) thread, flushing each event.
 *
 * <p>Why not {@code SseEmitter}: it hands the response to a second thread while the request thread is still
 * returning through the filter chain, and under load the two touched the response headers at once (Tomcat's header
 * map is not thread-safe); one stream in 20,000 never got its first byte (bench/results/chat-streaming.md). A request
 * on a virtual thread can simply block for the few seconds of a reply, so one thread owns the response from the
 * first header to the last event, and there is no asynchronous re-dispatch through the filters at the end.
 * A write to a client that has gone away throws {@link IOException}.
 */
public final class SseWriter {

    private final HttpServletResponse response;
    private ServletOutputStream out;

    public SseWriter(HttpServletResponse response) {
        this.response = response;
        SseResponses.prepare(response);
    }

    /** One {@code data:} event; {@code json} is a single line (JSON output has no raw newlines). */
    public void data(String json) throws IOException {
        write("data:" + json + "\n\n");
    }

    /** A comment line: keeps proxies and the client from timing out while nothing else is sent. */
    public void comment(String text) throws IOException {
        write(":" + text + "\n\n");
    }

    private void write(String event) throws IOException {
        try {
            if (out == null) {
                out = response.getOutputStream();
            }
            out.write(event.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IllegalStateException e) {
            throw new IOException("response no longer writable", e);
        }
    }
}
