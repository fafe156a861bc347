package app.dearme.platform.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;

/** A job kind that exists only in tests: always fails, in the way its payload's {@code mode} names. */
@Component
class FailingTestJob implements JobHandler {

    static final String KIND = "test_failing";
    static final String SECRET = "jdbc:postgresql://10.0.0.5:5432/dearme?password=hunter2";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void run(JobContext job) {
        switch (job.param("mode")) {
            case "network" -> throw new UncheckedIOException(new IOException("connect to " + SECRET + " refused"));
            case "explained" -> throw new JobFailure("not_enough_diaries", "공개 일기가 더 필요해요.",
                    "More public diaries are needed.", new IllegalStateException(SECRET));
            default -> throw new IllegalStateException("boom at " + SECRET);
        }
    }
}
