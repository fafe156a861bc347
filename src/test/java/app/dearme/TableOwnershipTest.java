package app.dearme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Issue 17: a module's SQL names only its own tables (owner map: {@link TableOwnership}). Plain JUnit. */
class TableOwnershipTest {

    private static final Path SOURCES = Path.of("src/main/java/app/dearme");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    @Test
    void noModuleSqlNamesAnotherModulesTable() throws IOException {
        List<TableOwnership.Violation> violations = new ArrayList<>();
        int scanned = 0;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                Path rel = SOURCES.relativize(f);
                if (rel.getNameCount() < 2) {
                    continue; // DearMeApplication: no module
                }
                scanned++;
                violations.addAll(TableOwnership.check(rel.getName(0).toString(), "src/main/java/app/dearme/" + rel,
                        read(f)));
            }
        }
        assertThat(scanned).as("sources scanned").isGreaterThan(100);
        assertThat(violations).as("cross-module SQL (use the owner's API or a published read model)").isEmpty();
    }

    @Test
    void everyMigrationTableHasAnOwnerAndEveryOwnedTableExists() throws IOException {
        Set<String> created = new TreeSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            files.filter(p -> p.toString().endsWith(".sql")).forEach(f -> created.addAll(TableOwnership.createdBy(read(f))));
        }
        assertThat(created).as("tables created by migrations").contains("users", "scheduled_tasks", "personas");
        assertThat(created).as("tables without an owner in TableOwnership.OWNERS")
                .allMatch(TableOwnership.OWNERS::containsKey);
        Set<String> stale = new TreeSet<>(TableOwnership.OWNERS.keySet());
        stale.removeAll(created);
        stale.removeAll(TableOwnership.LIBRARY_CREATED);
        assertThat(stale).as("owner map entries no migration creates").isEmpty();
    }

    @Test
    void reportsForeignReadsWritesAndLocksWithFileAndLine() {
        String src = """
                package app.dearme.chat;
                class Bad {
                    // select * from personas  (a comment, not SQL)
                    static final String OK = "select * from chats where id = ?";
                    static final String JOIN = \"""
                            select c.id, p.name
                              from chats c join personas p on p.id = c.persona_id\""";
                    void lock() {
                        jdbc.sql("select id from users " + "where id = ? for update");
                        jdbc.sql("delete from idempotency_keys where scope = ?");
                        jdbc.sql("select c.id from chats c, personas p where p.id = c.persona_id");
                    }
                }
                """;
        List<TableOwnership.Violation> v = TableOwnership.check("chat", "Bad.java", src);
        assertThat(v).extracting(Object::toString).containsExactly(
                "Bad.java:7: module 'chat' reads table 'personas' owned by 'persona'",
                "Bad.java:9: module 'chat' locks table 'users' owned by 'user'",
                "Bad.java:10: module 'chat' writes table 'idempotency_keys' owned by 'platform'",
                "Bad.java:11: module 'chat' reads table 'personas' owned by 'persona'");
    }

    @Test
    void publishedReadModelsMayBeReadButNotWrittenOrLocked() {
        String src = """
                class Uses {
                    String read = "select user_id, timezone from active_users where reminder_enabled";
                    String lock = "select user_id from active_users for update";
                    String write = "update active_users set timezone = 'UTC'";
                }
                """;
        assertThat(TableOwnership.check("mental", "Uses.java", src)).extracting(TableOwnership.Violation::kind)
                .containsExactly("locks", "writes");
        assertThat(TableOwnership.check("user", "Uses.java", src)).isEmpty();
    }

    @Test
    void proseAndUnknownNamesAreNotTables() {
        String src = """
                class Text {
                    String msg = "Only friends can see this persona, join from users page";
                    String cte = "with local as (select 1) select * from local join unnest(?) u on true";
                }
                """;
        assertThat(TableOwnership.check("chat", "Text.java", src)).isEmpty();
    }

    @Test
    void aMigrationTableWithoutOwnerIsFound() {
        Set<String> created = TableOwnership.createdBy("""
                -- create table commented_out (id int);
                create table if not exists chat_drafts (id bigint);
                create view active_users as select id from users;""");
        assertThat(created).containsExactlyInAnyOrder("chat_drafts", "active_users");
        assertThat(created).filteredOn(t -> !TableOwnership.OWNERS.containsKey(t)).containsExactly("chat_drafts");
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
