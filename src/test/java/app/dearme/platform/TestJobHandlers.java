package app.dearme.platform;

import app.dearme.platform.jobs.JobContext;
import app.dearme.platform.jobs.JobHandler;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** A job kind that exists only in tests: fails its first {@code fail_times} attempts. */
@Component
class TestJobHandlers implements JobHandler {

    static final String FLAKY = "test_flaky";
    static final Set<Long> FAILED_CALLBACKS = ConcurrentHashMap.newKeySet();

    @Override
    public String kind() {
        return FLAKY;
    }

    @Override
    public void run(JobContext job) {
        if (job.attempt() <= job.longParam("fail_times")) {
            throw new IllegalStateException("planned failure " + job.attempt());
        }
    }

    @Override
    public void onFailed(JobContext job, Throwable cause) {
        FAILED_CALLBACKS.add(job.jobId());
    }
}
