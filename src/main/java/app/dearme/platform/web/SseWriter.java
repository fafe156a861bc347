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
 * map is not thread-safe); two streams in about 16,000 never got their first byte (bench/results/chat-streaming.md). A request
 * on a virtual thread can simply block for the few seconds of a reply, so one thread owns the response from the
 * first header to the last event, and there is no asynchronous re-dispatch through the filters at the end.
 * A write to a client that has gone away throws {@link IOException}; after that the writer is {@link #closed()} and
 * every further write fails at once, without touching the response.
 */
public final class SseWriter {

    private final HttpServletResponse response;
    private ServletOutputStream out;
    private volatile boolean closed;

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

    /** True once a write has failed: the client is gone. */
    public boolean closed() {
        return closed;
    }

    private void write(String event) throws IOException {
        if (closed) {
            throw new IOException("client gone");
        }
        try {
            if (out == null) {
                out = response.getOutputStream();
            }
            out.write(event.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            closed = true;
            throw e;
        } catch (IllegalStateException e) {
            closed = true;
            throw new IOException("response no longer writable", e);
        }
    }
}
