package app.dearme.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.dearme.platform.jobs.Jobs;
import app.dearme.support.IntegrationTest;
import app.dearme.support.TestUsers;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

class JobsIT extends IntegrationTest {

    @Autowired
    Jobs jobs;
    @Autowired
    TransactionTemplate tx;

    @Test
    void aJobRunsAndItsStatusIsVisibleToItsOwnerOnly() {
        TestUsers.User u = users.aUser();
        TestUsers.User other = users.aUser();
        long id = tx.execute(s -> jobs.enqueue(TestJobHandlers.FLAKY, u.id(), Map.of("fail_times", 0)));
        await().atMost(Duration.ofSeconds(15)).until(() ->
                "done".equals(api.get("/api/v1/jobs/" + id).auth(u).expect(200).json().get("status").asString()));
        JsonNode job = api.get("/api/v1/jobs/" + id).auth(u).expect(200).json();
        assertThat(job.get("kind").asString()).isEqualTo(TestJobHandlers.FLAKY);
        assertThat(job.get("attempts").asInt()).isEqualTo(1);
        assertThat(job.get("finished_at").isNull()).isFalse();
        api.get("/api/v1/jobs/" + id).auth(other).expect(404);
    }

    @Test
    void aFailingJobIsRetriedWithBackoffAndSucceeds() {
        TestUsers.User u = users.aUser();
        long id = tx.execute(s -> jobs.enqueue(TestJobHandlers.FLAKY, u.id(), Map.of("fail_times", 1)));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                "done".equals(api.get("/api/v1/jobs/" + id).auth(u).expect(200).json().get("status").asString()));
        assertThat(api.get("/api/v1/jobs/" + id).auth(u).expect(200).json().get("attempts").asInt()).isEqualTo(2);
    }

    @Test
    void aJobThatAlwaysFailsEndsFailedAfterThreeAttemptsAndCallsOnFailed() {
        TestUsers.User u = users.aUser();
        long id = tx.execute(s -> jobs.enqueue(TestJobHandlers.FLAKY, u.id(), Map.of("fail_times", 99)));
        await().atMost(Duration.ofSeconds(40)).until(() ->
                "failed".equals(api.get("/api/v1/jobs/" + id).auth(u).expect(200).json().get("status").asString()));
        JsonNode job = api.get("/api/v1/jobs/" + id).auth(u).expect(200).json();
        assertThat(job.get("attempts").asInt()).isEqualTo(3);
        // the owner gets a stable code and a fixed message, never the exception text (issue 14)
        assertThat(job.get("error_code").asString()).isEqualTo("internal");
        assertThat(job.get("error").asString()).isEqualTo("작업 중 문제가 생겼어요. 잠시 후 다시 시도해 주세요.");
        assertThat(job.toString()).doesNotContain("planned failure").doesNotContain("IllegalStateException");
        assertThat(jdbc.queryForObject("select error from jobs where id = ?", String.class, id)).isEqualTo("internal");
        assertThat(TestJobHandlers.FAILED_CALLBACKS).contains(id);
    }

    @Test
    void aRolledBackWriteNeverGetsItsJob() {
        TestUsers.User u = users.aUser();
        long[] id = new long[1];
        tx.execute(s -> {
            id[0] = jobs.enqueue(TestJobHandlers.FLAKY, u.id(), Map.of("fail_times", 0));
            s.setRollbackOnly();
            return null;
        });
        assertThat(jdbc.queryForObject("select count(*) from jobs where id = ?", Long.class, id[0])).isZero();
        assertThat(jdbc.queryForObject("select count(*) from scheduled_tasks where task_instance = ?", Long.class,
                Long.toString(id[0]))).isZero();
    }
}
