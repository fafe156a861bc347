package app.dearme.platform.db;

import app.dearme.platform.config.DearMeProperties;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Starts the embedded PostgreSQL (initdb on a first run) as soon as the configuration is known, beside the several
 * seconds of single-threaded context start-up before the data source asks for it: JFR showed the second core idle
 * while the main thread waited for initdb and the server (issue 15). {@link EmbeddedPostgresHolder} keeps one server per
 * data directory, so the data source joins this start. A failure here is only logged: the data source's own start
 * then fails with the real error. Registered in META-INF/spring.factories; only for a kept data directory (tests that
 * ask for a clean one start it themselves, as before).
 */
public class EarlyEmbeddedPostgres implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    private static final Logger log = LoggerFactory.getLogger(EarlyEmbeddedPostgres.class);

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        Environment env = event.getEnvironment();
        if (!env.getProperty("dearme.db.early-start", Boolean.class, true)) {
            return;
        }
        DearMeProperties props;
        try { // the same settings and defaults the data source binds later
            props = Binder.get(env).bindOrCreate("dearme", DearMeProperties.class);
        } catch (RuntimeException e) {
            return; // the context start reports the bad setting
        }
        if (!props.db().embedded() || props.db().cleanEmbedded()) {
            return;
        }
        Path dataDir = Path.of(props.dataDir());
        Thread.ofPlatform().daemon().name("embedded-pg-start").start(() -> {
            try {
                EmbeddedPostgresHolder.start(dataDir, false);
            } catch (RuntimeException e) {
                log.warn("Early start of the embedded PostgreSQL failed (the data source retries): {}", e.toString());
            }
        });
    }
}
