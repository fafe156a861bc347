package app.dearme.platform.jobs;

/**
 * Runs one kind of durable job. Implementations are beans; {@link Jobs} finds them by {@link #kind()}.
 * {@link #run} may throw: the job is retried with backoff, and {@link #onFailed} runs after the last attempt.
 */
public interface JobHandler {

    String kind();

    void run(JobContext job) throws Exception;

    default void onFailed(JobContext job, Throwable cause) {
    }
}
