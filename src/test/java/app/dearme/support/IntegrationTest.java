package app.dearme.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.ServerSocket;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of every HTTP integration test: the real app on a random port, on embedded PostgreSQL (one
 * server per JVM, shared by all contexts), with a real SMTP peer (GreenMail). Keep the property set
 * identical across subclasses so Spring reuses one context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "dearme.data-dir=target/it-data",
        "spring.lifecycle.timeout-per-shutdown-phase=1s",
        "dearme.db.clean-embedded=true",
        "dearme.mail.dev-inbox=true",
        "dearme.mail.cooldown=60s",
        "dearme.admin-emails=admin@dearme.test",
        "dearme.rate-limit.login-per-ip=1000",
        "dearme.rate-limit.login-per-account=1000",
        "dearme.rate-limit.register-per-ip=1000",
        "dearme.rate-limit.mail-per-ip=1000",
        "dearme.rate-limit.trusted-proxies=127.0.0.1",
        "db-scheduler.polling-interval=200ms"
})
public abstract class IntegrationTest {

    public static final GreenMail SMTP = startSmtp();

    @LocalServerPort
    protected int port;

    @Autowired
    protected org.springframework.jdbc.core.JdbcTemplate jdbc;

    protected TestApi api;
    protected TestUsers users;

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry r) {
        r.add("spring.mail.host", () -> "127.0.0.1");
        r.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @BeforeEach
    void setUpClient() {
        api = new TestApi(port);
        users = new TestUsers(api);
    }

    /**
     * Waits until every cross-module event publication so far is complete (issue 17): @ApplicationModuleListeners
     * (milestones, mental analysis) run after commit and asynchronously, and a completed publication is deleted.
     */
    protected void awaitEventListeners() {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .pollInterval(java.time.Duration.ofMillis(50)).until(() -> jdbc.queryForObject(
                        "select count(*) from event_publication where completion_date is null", Integer.class) == 0);
    }

    private static GreenMail startSmtp() {
        try (ServerSocket s = new ServerSocket(0)) {
            int port = s.getLocalPort();
            s.close();
            GreenMail g = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            g.start();
            Runtime.getRuntime().addShutdownHook(new Thread(g::stop));
            return g;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
