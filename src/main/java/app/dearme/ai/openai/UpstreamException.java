package app.dearme.ai.openai;

/** An upstream failure. {@code retryable} only for 429, 5xx, timeouts and connection errors. */
public class UpstreamException extends RuntimeException {

    private final int status;
    private final boolean retryable;
    private final long retryAfterMillis;

    public UpstreamException(String message, int status, boolean retryable, long retryAfterMillis, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.retryable = retryable;
        this.retryAfterMillis = retryAfterMillis;
    }

    public int status() {
        return status;
    }

    public boolean retryable() {
        return retryable;
    }

    public long retryAfterMillis() {
        return retryAfterMillis;
    }
}
