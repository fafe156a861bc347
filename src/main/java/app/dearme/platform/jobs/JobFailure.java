package app.dearme.platform.jobs;

/**
 * A job failure a handler wants its owner to understand: a stable {@code code} and a message in Korean and
 * English, shown by {@code GET /api/v1/jobs/{id}} instead of the generic one. Never put internals in it.
 */
public class JobFailure extends RuntimeException {

    private final String code;
    private final String messageKo;
    private final String messageEn;

    public JobFailure(String code, String messageKo, String messageEn, Throwable cause) {
        super(code, cause);
        this.code = code;
        this.messageKo = messageKo;
        this.messageEn = messageEn;
    }

    public String code() {
        return code;
    }

    String message(boolean english) {
        return english ? messageEn : messageKo;
    }
}
