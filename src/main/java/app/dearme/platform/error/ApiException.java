package app.dearme.platform.error;

import app.dearme.platform.text.Josa;
import java.time.Duration;
import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A business error that becomes an RFC 9457 problem. Messages are given in Korean and English; the
 * request's locale picks one. {@code slug} becomes the last segment of the problem {@code type}.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String slug;
    private final String messageKo;
    private final String messageEn;
    private final List<FieldProblem> errors;
    private final Duration retryAfter;

    public ApiException(HttpStatus status, String slug, String messageKo, String messageEn,
                        List<FieldProblem> errors, Duration retryAfter) {
        super(messageEn);
        this.status = status;
        this.slug = slug;
        this.messageKo = messageKo;
        this.messageEn = messageEn;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        this.retryAfter = retryAfter;
    }

    public ApiException(HttpStatus status, String slug, String messageKo, String messageEn) {
        this(status, slug, messageKo, messageEn, List.of(), null);
    }

    public static ApiException notFound(String what) {
        return new ApiException(HttpStatus.NOT_FOUND, "not-found", Josa.attach(what, "을/를") + " 찾을 수 없어요.",
                "Not found: " + what);
    }

    public static ApiException badRequest(String field, String messageKo, String messageEn) {
        return new ApiException(HttpStatus.BAD_REQUEST, "validation", "입력값을 확인해 주세요.", "Please check your input.",
                List.of(new FieldProblem(field, messageKo, messageEn)), null);
    }

    public static ApiException conflict(String slug, String messageKo, String messageEn) {
        return new ApiException(HttpStatus.CONFLICT, slug, messageKo, messageEn);
    }

    public static ApiException unprocessable(String slug, String messageKo, String messageEn) {
        return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, slug, messageKo, messageEn);
    }

    public static ApiException forbidden(String slug, String messageKo, String messageEn) {
        return new ApiException(HttpStatus.FORBIDDEN, slug, messageKo, messageEn);
    }

    public static ApiException unauthorized(String messageKo, String messageEn) {
        return new ApiException(HttpStatus.UNAUTHORIZED, "unauthorized", messageKo, messageEn);
    }

    public static ApiException tooMany(String slug, String messageKo, String messageEn, Duration retryAfter) {
        return new ApiException(HttpStatus.TOO_MANY_REQUESTS, slug, messageKo, messageEn, List.of(), retryAfter);
    }

    public HttpStatus status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String message(boolean english) {
        return english ? messageEn : messageKo;
    }

    public List<FieldProblem> errors() {
        return errors;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** A field-level message; field uses the JSON (snake_case) name. */
    public record FieldProblem(String field, String messageKo, String messageEn) {
    }
}
