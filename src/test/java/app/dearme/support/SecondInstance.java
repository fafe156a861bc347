package app.dearme.support;

import app.dearme.DearMeApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Another DearMe instance on the same embedded PostgreSQL as the test context: the cluster topology (several
 * stateless instances, one database) inside one JVM. Each instance has its own caches, streams and signing key.
 */
public final class SecondInstance implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private SecondInstance(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** {@code extraArgs} are further command-line properties, e.g. another AI provider for this instance only. */
    public static SecondInstance start(String... extraArgs) {
        // command-line arguments, not default properties: application.yml would override those
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(
                "--server.port=0",
                "--dearme.data-dir=target/it-data", // the same embedded PostgreSQL as the first instance
                "--dearme.mail.dev-inbox=true",
                "--dearme.rate-limit.enabled=false",
                "--spring.lifecycle.timeout-per-shutdown-phase=1s",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + IntegrationTest.SMTP.getSmtp().getPort(),
                "--db-scheduler.polling-interval=200ms"));
        args.addAll(java.util.List.of(extraArgs));
        return new SecondInstance(new SpringApplicationBuilder(DearMeApplication.class).run(args.toArray(String[]::new)));
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public TestApi api() {
        return new TestApi(port());
    }

    /** An access token for {@code user} signed by this instance (a new session in the shared database). */
    public String login(TestUsers.User user) {
        return api().post("/api/v1/auth/login", java.util.Map.of("email", user.email(), "password", user.password()))
                .expect(200).json().get("access_token").asString();
    }

    @Override
    public void close() {
        context.close();
    }
}
