package app.dearme.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.dearme.support.IntegrationTest;
import app.dearme.support.TestApi;
import app.dearme.support.TestUsers;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** Issue 14: a failed job shows its owner a stable code and a fixed message; the exception stays in the log. */
class JobErrorsIT extends IntegrationTest {

    @Autowired
    Jobs jobs;

    @Autowired
    PlatformTransactionManager txm;

    private long failing(TestUsers.User u, String mode) {
        return new TransactionTemplate(txm).execute(s -> jobs.enqueue(FailingTestJob.KIND, u.id(), Map.of("mode", mode)));
    }

    private JsonNode awaitFailed(TestUsers.User u, long id, String lang) {
        await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(250)).until(() ->
                "failed".equals(api.get("/api/v1/jobs/" + id).auth(u).expect(200).json().get("status").asString()));
        TestApi.Resp r = api.get("/api/v1/jobs/" + id).auth(u).header("Accept-Language", lang).expect(200);
        assertThat(r.text()).doesNotContain("10.0.0.5").doesNotContain("hunter2").doesNotContain("Exception");
        return r.json();
    }

    @Test
    void aNetworkFailureReadsAsUpstreamUnavailableWithoutTheExceptionText() {
        TestUsers.User u = users.aUser();
        long id = failing(u, "network");
        JsonNode job = awaitFailed(u, id, "ko");
        assertThat(job.get("error_code").asString()).isEqualTo("upstream_unavailable");
        assertThat(job.get("error").asString()).startsWith("외부 서비스가 응답하지 않아");
        assertThat(jdbc.queryForObject("select error from jobs where id = ?", String.class, id))
                .isEqualTo("upstream_unavailable");
    }

    @Test
    void aHandlersOwnExplanationIsShownInTheCallersLanguage() {
        TestUsers.User u = users.aUser();
        long id = failing(u, "explained");
        JsonNode ko = awaitFailed(u, id, "ko");
        assertThat(ko.get("error_code").asString()).isEqualTo("not_enough_diaries");
        assertThat(ko.get("error").asString()).isEqualTo("공개 일기가 더 필요해요.");
        JsonNode en = api.get("/api/v1/jobs/" + id).auth(u).header("Accept-Language", "en").expect(200).json();
        assertThat(en.get("error").asString()).isEqualTo("More public diaries are needed.");
    }

    @Test
    void rawTextStoredByOlderVersionsIsNeverShown() {
        TestUsers.User u = users.aUser();
        long id = jdbc.queryForObject("insert into jobs (user_id, kind, status, error) values (?, 'persona_generate', "
                + "'failed', ?) returning id", Long.class, u.id(),
                "org.postgresql.util.PSQLException: connection to " + FailingTestJob.SECRET + " failed");
        TestApi.Resp r = api.get("/api/v1/jobs/" + id).auth(u).expect(200);
        assertThat(r.text()).doesNotContain("PSQLException").doesNotContain("10.0.0.5");
        assertThat(r.json().get("error_code").asString()).isEqualTo("internal");
        assertThat(r.json().get("error").asString()).isEqualTo("작업 중 문제가 생겼어요. 잠시 후 다시 시도해 주세요.");
        // and another user cannot see it at all
        api.get("/api/v1/jobs/" + id).auth(users.aUser()).expect(404);
    }
}
