package app.dearme.platform.error;

/** Thrown by the body-size guard when a request body passes the configured limit. */
public class PayloadTooLargeException extends RuntimeException {
    public PayloadTooLargeException() {
        super("payload too large");
    }
}
