package app.dearme.platform.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL per data directory per JVM. A JVM-wide holder (not a bean) so that several
 * Spring contexts in one test JVM share the server, as app instances share a real one.
 */
final class EmbeddedPostgresHolder {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresHolder.class);
    private static final Map<Path, EmbeddedPostgres> SERVERS = new ConcurrentHashMap<>();

    private EmbeddedPostgresHolder() {
    }

    static EmbeddedPostgres start(Path dataDir, boolean clean) {
        Path pgDir = dataDir.toAbsolutePath().normalize().resolve("pg");
        return SERVERS.computeIfAbsent(pgDir, dir -> {
            try {
                Files.createDirectories(dir.getParent());
                long t0 = System.nanoTime();
                EmbeddedPostgres pg = EmbeddedPostgres.builder()
                        .setDataDirectory(dir)
                        .setCleanDataDirectory(clean)
                        .setServerConfig("max_connections", "300")
                        .setServerConfig("shared_buffers", "128MB")
                        .setServerConfig("fsync", clean ? "off" : "on")
                        .start();
                log.info("Embedded PostgreSQL started on port {} (data {}) in {} ms", pg.getPort(), dir,
                        (System.nanoTime() - t0) / 1_000_000);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        pg.close();
                    } catch (IOException e) {
                        log.warn("Embedded PostgreSQL did not stop cleanly", e);
                    }
                }, "embedded-pg-stop"));
                return pg;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start embedded PostgreSQL in " + dir, e);
            }
        });
    }
}
