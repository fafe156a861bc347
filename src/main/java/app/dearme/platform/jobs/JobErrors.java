package app.dearme.platform.jobs;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.springframework.dao.DataAccessException;

/**
 * What a job owner may learn about a failure: a stable code (stored in {@code jobs.error}) and a fixed
 * message. The exception itself — class names, SQL, upstream bodies, stack — goes to the log only.
 */
final class JobErrors {

    static final String INTERNAL = "internal";

    private record Text(String ko, String en) {
    }

    private static final Map<String, Text> TEXTS = Map.of(
            INTERNAL, new Text("작업 중 문제가 생겼어요. 잠시 후 다시 시도해 주세요.",
                    "Something went wrong while running the job. Please try again later."),
            "upstream_unavailable", new Text("외부 서비스가 응답하지 않아 작업을 끝내지 못했어요. 잠시 후 다시 시도해 주세요.",
                    "An external service did not respond. Please try again later."),
            "timeout", new Text("작업이 너무 오래 걸려 중단됐어요. 잠시 후 다시 시도해 주세요.",
                    "The job took too long and was stopped. Please try again later."),
            "storage", new Text("저장 중 문제가 생겨 작업을 끝내지 못했어요. 잠시 후 다시 시도해 주세요.",
                    "The job could not save its result. Please try again later."));

    private JobErrors() {
    }

    /** The code to store for this failure; {@link JobFailure}s keep their own code and message. */
    static String code(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JobFailure f) {
                return f.code();
            }
            if (t instanceof TimeoutException || t instanceof java.net.http.HttpTimeoutException
                    || t instanceof java.net.SocketTimeoutException) {
                return "timeout";
            }
            if (t instanceof IOException) {
                return "upstream_unavailable";
            }
            if (t instanceof DataAccessException) {
                return "storage";
            }
        }
        return INTERNAL;
    }

    /** A {@link JobFailure}'s own message, stored next to the code as "code|ko|en". */
    static String stored(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JobFailure f) {
                return clean(f.code()) + "|" + clean(f.message(false)) + "|" + clean(f.message(true));
            }
        }
        return code(e);
    }

    /** Code of a stored error; anything unknown (older rows held raw exception text) reads as internal. */
    static String codeOf(String stored) {
        if (stored == null) {
            return null;
        }
        String code = stored.split("\\|", 2)[0];
        return TEXTS.containsKey(code) || stored.contains("|") ? code : INTERNAL;
    }

    static String messageOf(String stored, boolean english) {
        if (stored == null) {
            return null;
        }
        String[] parts = stored.split("\\|", 3);
        if (parts.length == 3) {
            return english ? parts[2] : parts[1];
        }
        Text t = TEXTS.getOrDefault(codeOf(stored), TEXTS.get(INTERNAL));
        return english ? t.en() : t.ko();
    }

    private static String clean(String s) {
        String one = s == null ? "" : s.replace('|', '/');
        return one.length() > 300 ? one.substring(0, 300) : one;
    }
}
