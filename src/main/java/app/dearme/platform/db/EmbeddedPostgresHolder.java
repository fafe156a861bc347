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
import org.springframework.boot.SpringApplication;

/**
 * One embedded PostgreSQL per data directory per JVM. A JVM-wide holder (not a bean) so that several
 * Spring contexts in one test JVM share the server, as app instances share a real one.
 */
final class EmbeddedPostgresHolder {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresHolder.class);
    private static final Map<Path, EmbeddedPostgres> SERVERS = new ConcurrentHashMap<>();

    private EmbeddedPostgresHolder() {
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    static EmbeddedPostgres start(Path dataDir, boolean clean) {
        Path pgDir = dataDir.toAbsolutePath().normalize().resolve("pg");
        return SERVERS.computeIfAbsent(pgDir, dir -> {
            try {
                Files.createDirectories(dir.getParent());
                if (clean) {
                    // zonky re-runs initdb for a clean start but leaves an old directory in place, and
                    // initdb refuses a non-empty one (e.g. after a killed test JVM)
                    deleteTree(dir);
                }
                long t0 = System.nanoTime();
                EmbeddedPostgres pg = EmbeddedPostgres.builder()
                        .setDataDirectory(dir)
                        .setCleanDataDirectory(clean)
                        .setRegisterShutdownHook(false) // stopped by the handler below, after the contexts
                        .setServerConfig("max_connections", "300")
                        .setServerConfig("shared_buffers", "128MB")
                        .setServerConfig("fsync", clean ? "off" : "on")
                        .start();
                log.info("Embedded PostgreSQL started on port {} (data {}) in {} ms", pg.getPort(), dir,
                        (System.nanoTime() - t0) / 1_000_000);
                // Boot runs these after every application context has closed, so the scheduler and the
                // pool finish their last statements before the server goes (a plain JVM hook raced them)
                SpringApplication.getShutdownHandlers().add(() -> {
                    try {
                        pg.close();
                    } catch (IOException e) {
                        log.warn("Embedded PostgreSQL did not stop cleanly", e);
                    }
                });
                return pg;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start embedded PostgreSQL in " + dir, e);
            }
        });
    }
}
