package app.dearme.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import app.dearme.support.IntegrationTest;
import app.dearme.support.TestUsers;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class JobRetentionIT extends IntegrationTest {

    @Autowired
    JobRetention retention;
    @Autowired
    JobRetentionProperties props;

    @Test
    void finishedJobsOlderThanTheRetentionGoAndLiveOrRecentJobsStay() {
        TestUsers.User u = users.aUser();
        long days = props.keep().toDays();
        long oldDone = job(u, "done", days + 1, true);
        long oldFailed = job(u, "failed", days + 5, true);
        long recentDone = job(u, "done", days - 1, true);
        long oldQueued = job(u, "queued", days + 10, false);
        long oldRunning = job(u, "running", days + 10, false);

        assertThat(retention.prune()).isGreaterThanOrEqualTo(2);

        List<Long> left = jdbc.queryForList("select id from jobs where user_id = ? order by id", Long.class, u.id());
        assertThat(left).containsExactly(recentDone, oldQueued, oldRunning).doesNotContain(oldDone, oldFailed);
        // the owner's lookup of a pruned job is a plain 404, like any unknown id
        api.get("/api/v1/jobs/" + oldDone).auth(u).expect(404);
        api.get("/api/v1/jobs/" + recentDone).auth(u).expect(200);
        jdbc.update("delete from jobs where id in (?, ?)", oldQueued, oldRunning);
    }

    @Test
    void retentionIsThirtyDaysByDefaultAndRunsAsARecurringTask() {
        assertThat(props.keep().toDays()).isEqualTo(30);
        assertThat(jdbc.queryForObject("select count(*) from scheduled_tasks where task_name = 'job-retention'", Long.class))
                .isEqualTo(1);
    }

    /** A job row created and (if finished) finished {@code ageDays} ago; no db-scheduler execution, so no worker runs it. */
    private long job(TestUsers.User u, String status, long ageDays, boolean finished) {
        return jdbc.queryForObject("insert into jobs (user_id, kind, status, created_at, finished_at) values "
                + "(?, 'retention-probe', ?, now() - make_interval(days => ?), "
                + "case when ? then now() - make_interval(days => ?) end) returning id",
                Long.class, u.id(), status, (int) ageDays, finished, (int) ageDays);
    }
}
