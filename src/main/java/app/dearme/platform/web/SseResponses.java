package app.dearme.platform.web;

import jakarta.servlet.http.HttpServletResponse;

/** Response headers shared by every Server-Sent Events endpoint. */
public final class SseResponses {

    private SseResponses() {
    }

    /**
     * The charset is explicit because generic HTTP clients decode a {@code text/*} type without one as ISO-8859-1
     * (browsers assume UTF-8 for SSE, but scripts and proxies may not); no-transform and X-Accel-Buffering keep
     * proxies from compressing or buffering the stream.
     */
    public static void prepare(HttpServletResponse response) {
        response.setContentType("text/event-stream;charset=UTF-8");
        response.setHeader("Cache-Control", "no-cache, no-transform");
        response.setHeader("X-Accel-Buffering", "no");
    }
}
