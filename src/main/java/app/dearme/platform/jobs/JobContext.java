package app.dearme.platform.jobs;

import java.util.Map;

/** What a handler gets: the job row's id, owner (may be null for system jobs), payload and attempt (1-based). */
public record JobContext(long jobId, Long userId, String kind, Map<String, Object> payload, int attempt) {

    public long longParam(String key) {
        Object v = payload.get(key);
        if (v instanceof Number n) {
            return n.longValue();
        }
        return Long.parseLong(String.valueOf(v));
    }

    public String param(String key) {
        Object v = payload.get(key);
        return v == null ? null : String.valueOf(v);
    }
}
