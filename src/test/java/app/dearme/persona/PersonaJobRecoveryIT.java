package app.dearme.persona;

import static org.assertj.core.api.Assertions.assertThat;

import app.dearme.support.IntegrationTest;
import app.dearme.support.TestUsers;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.serializer.Serializer;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * SPEC §8: a job picked by an instance that then died is picked up again. The row looks exactly like
 * db-scheduler's own for a crashed node (picked, stale heartbeat). Detection normally runs every
 * 2 × heartbeat-interval (default 10 min); the test triggers the same housekeeping pass directly.
 */
class PersonaJobRecoveryIT extends IntegrationTest {

    @Autowired
    Scheduler scheduler;

    @Test
    void aPersonaJobPickedByADeadNodeIsRecoveredAndCompletes() throws Exception {
        TestUsers.User u = users.aUser();
        new PersonaFixtures(api, jdbc).diaries(u, 7, false);
        Long jobId = jdbc.queryForObject("insert into jobs (user_id, kind, status, attempts, payload, started_at) "
                + "values (?, 'persona_generate', 'running', 1, '{\"mode\":\"generate\"}'::jsonb, now() - interval '1 hour') "
                + "returning id", Long.class, u.id());
        jdbc.update("""
                insert into scheduled_tasks (task_name, task_instance, task_data, execution_time, picked, picked_by,
                                             last_heartbeat, version)
                values ('dearme-job', ?, ?, now() - interval '1 hour', true, 'dead-node', now() - interval '1 hour', 1)""",
                Long.toString(jobId), Serializer.DEFAULT_JAVA_SERIALIZER.serialize(jobId));

        Method detect = Scheduler.class.getDeclaredMethod("detectDeadExecutions");
        detect.setAccessible(true);
        detect.invoke(scheduler);

        new PersonaFixtures(api, jdbc).awaitJob(u, jobId, "done");
        assertThat(api.get("/api/v1/personas/me").auth(u).expect(200).json().get("level").asString()).isEqualTo("complete");
        assertThat(api.get("/api/v1/notifications").auth(u).expect(200).json().toString()).contains("persona_ready");
        assertThat(jdbc.queryForObject("select count(*) from scheduled_tasks where task_instance = ?", Long.class,
                Long.toString(jobId))).isZero();
    }
}
