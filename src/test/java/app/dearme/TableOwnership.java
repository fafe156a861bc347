package app.dearme;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 17: one owning module per table. THE owner map (the only place it lives) and the checker that reads SQL
 * out of Java sources and migrations. A module's SQL may name only its own tables; another module's data is reached
 * through the owner's Java API, or through a read model the owner publishes ({@link #PUBLISHED}: readable by every
 * module, written and locked only by the owner).
 */
public final class TableOwnership {

    public static final String PLATFORM = "platform";

    /** Table (or view) → the module whose code creates and writes it. */
    public static final Map<String, String> OWNERS = Map.ofEntries(
            Map.entry("users", "user"),
            Map.entry("active_users", "user"), // view, published read model (V8_5)
            Map.entry("auth_sessions", "auth"),
            Map.entry("refresh_tokens", "auth"),
            Map.entry("email_tokens", "auth"),
            Map.entry("diaries", "diary"),
            Map.entry("diary_imports", "diary"),
            Map.entry("personas", "persona"),
            Map.entry("user_milestones", "persona"),
            Map.entry("chats", "chat"),
            Map.entry("chat_messages", "chat"),
            Map.entry("friendships", "friend"),
            Map.entry("notifications", "notification"),
            Map.entry("mental_analyses", "mental"),
            Map.entry("mental_reports", "mental"),
            Map.entry("mental_report_runs", "mental"),
            Map.entry("diary_reminder_runs", "mental"),
            Map.entry("subscriptions", "subscription"),
            Map.entry("usage_counters", "subscription"),
            Map.entry("ai_usage_daily", "ai"),
            Map.entry("ops_instances", "ops"),
            Map.entry("idempotency_keys", PLATFORM),
            Map.entry("jobs", PLATFORM),
            // created by libraries (their schema, our migration or their own initializer); platform configures them
            Map.entry("scheduled_tasks", PLATFORM), // db-scheduler
            Map.entry("flyway_schema_history", PLATFORM), // Flyway
            Map.entry("event_publication", PLATFORM), // Spring Modulith JDBC event publication registry
            Map.entry("event_publication_archive", PLATFORM));

    /** Tables whose DDL is not in our migrations (a library creates them); everything else must be in one. */
    public static final Set<String> LIBRARY_CREATED = Set.of("flyway_schema_history", "event_publication",
            "event_publication_archive");

    /** Read models their owner publishes for other modules: plain reads allowed, writes and row locks not. */
    public static final Set<String> PUBLISHED = Set.of("active_users");

    /** One finding: {@code where} is "file:line". */
    public record Violation(String where, String module, String table, String owner, String kind) {
        @Override
        public String toString() {
            return where + ": module '" + module + "' " + kind + " table '" + table + "' owned by '" + owner + "'";
        }
    }

    private static final Pattern LOOKS_LIKE_SQL = Pattern.compile(
            "(?is)^\\s*(select|insert|update|delete|with|merge|truncate|lock|alter)\\b"
                    + "|\\b(select\\b.*\\bfrom|insert\\s+into|delete\\s+from|update\\s+\\w+\\s+set)\\b");
    private static final String NAME = "(?:public\\.)?\"?([a-z_][a-z0-9_]*)\"?";
    private static final Pattern WRITE = Pattern.compile(
            "(?i)\\b(?:insert\\s+into|delete\\s+from|update(?!\\s+set\\b)|merge\\s+into|truncate(?:\\s+table)?"
                    + "|alter\\s+table|lock\\s+table|table)\\s+(?:only\\s+)?" + NAME);
    private static final Pattern READ = Pattern.compile("(?i)\\b(?:from|join)\\s+(?:only\\s+)?" + NAME);
    /** The rest of a FROM list after its first table: up to the next clause. */
    private static final Pattern FROM_LIST_END = Pattern.compile(
            "(?i)\\b(?:where|join|on|using|group|order|limit|having|union|returning|window|for|set)\\b|[();]");
    private static final Pattern LISTED = Pattern.compile("(?i),\\s*" + NAME);
    private static final Pattern ROW_LOCK = Pattern.compile("(?i)\\bfor\\s+(?:update|share|no\\s+key\\s+update|key\\s+share)\\b");
    private static final Pattern CREATE = Pattern.compile(
            "(?i)\\bcreate\\s+(?:or\\s+replace\\s+)?(?:unlogged\\s+|temporary\\s+|temp\\s+|materialized\\s+)?(?:table|view)"
                    + "\\s+(?:if\\s+not\\s+exists\\s+)?" + NAME);

    private TableOwnership() {
    }

    /**
     * Checks one Java source of {@code module}: every string literal or text block (literals joined by {@code +}
     * count as one statement) that looks like SQL, for tables of other modules.
     */
    public static List<Violation> check(String module, String file, String javaSource) {
        List<Violation> found = new ArrayList<>();
        for (Sql sql : sqlIn(javaSource)) {
            if (!LOOKS_LIKE_SQL.matcher(sql.text).find()) {
                continue;
            }
            boolean locks = ROW_LOCK.matcher(sql.text).find();
            Set<Integer> writes = new java.util.HashSet<>();
            Matcher w = WRITE.matcher(sql.text);
            while (w.find()) {
                writes.add(w.start(1));
                add(found, module, file, sql, w, "writes");
            }
            Matcher r = READ.matcher(sql.text);
            while (r.find()) {
                if (writes.contains(r.start(1))) {
                    continue; // "delete from x" is a write, already reported
                }
                String table = r.group(1).toLowerCase(Locale.ROOT);
                if (PUBLISHED.contains(table) && !locks) {
                    continue;
                }
                add(found, module, file, sql, r, locks ? "locks" : "reads");
                if (r.group().toLowerCase(Locale.ROOT).startsWith("from")) { // "from a x, b y": b too
                    Matcher end = FROM_LIST_END.matcher(sql.text).region(r.end(), sql.text.length());
                    Matcher listed = LISTED.matcher(sql.text).region(r.end(), end.find() ? end.start() : sql.text.length());
                    while (listed.find()) {
                        add(found, module, file, sql, listed, locks ? "locks" : "reads");
                    }
                }
            }
        }
        return found;
    }

    private static void add(List<Violation> found, String module, String file, Sql sql, Matcher m, String kind) {
        String table = m.group(1).toLowerCase(Locale.ROOT);
        String owner = OWNERS.get(table);
        if (owner != null && !owner.equals(module)) { // unknown names: CTEs, functions, catalog views
            found.add(new Violation(file + ":" + sql.lines[m.start(1)], module, table, owner, kind));
        }
    }

    /** Tables and views a migration creates. */
    public static Set<String> createdBy(String migrationSql) {
        Set<String> names = new TreeSet<>();
        Matcher m = CREATE.matcher(migrationSql.replaceAll("--[^\\n]*", ""));
        while (m.find()) {
            names.add(m.group(1).toLowerCase(Locale.ROOT));
        }
        return names;
    }

    /** An SQL candidate: the literal text and, per character, the source line it came from. */
    record Sql(String text, int[] lines) {
    }

    /** String literals and text blocks of a Java source; literals joined only by {@code +} become one. */
    static List<Sql> sqlIn(String src) {
        List<Sql> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<Integer> lines = new ArrayList<>();
        int line = 1;
        int i = 0;
        boolean joinable = false; // the last token was a literal, optionally followed by '+'
        boolean plusSeen = false;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (src.startsWith("//", i)) {
                while (i < src.length() && src.charAt(i) != '\n') {
                    i++;
                }
            } else if (src.startsWith("/*", i)) {
                int end = src.indexOf("*/", i + 2);
                end = end < 0 ? src.length() : end + 2;
                line += count(src, i, end);
                i = end;
            } else if (c == '\'') {
                i++;
                while (i < src.length() && src.charAt(i) != '\'') {
                    i += src.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
                joinable = flush(out, text, lines);
            } else if (c == '"') {
                boolean block = src.startsWith("\"\"\"", i);
                if (!(joinable && plusSeen)) {
                    flush(out, text, lines);
                }
                i += block ? 3 : 1;
                if (block) { // content starts on the next line
                    while (src.charAt(i) != '\n') {
                        i++;
                    }
                    i++;
                    line++;
                }
                while (i < src.length() && !(block ? src.startsWith("\"\"\"", i) : src.charAt(i) == '"')) {
                    char ch = src.charAt(i);
                    if (ch == '\\' && i + 1 < src.length()) {
                        ch = src.charAt(i + 1) == 'n' ? '\n' : src.charAt(i + 1);
                        i++;
                    } else if (ch == '\n') {
                        line++;
                    }
                    text.append(ch);
                    lines.add(line);
                    i++;
                }
                text.append(' ');
                lines.add(line);
                i += block ? 3 : 1;
                joinable = true;
                plusSeen = false;
            } else if (c == '+' && joinable && !plusSeen) {
                plusSeen = true;
                i++;
            } else {
                joinable = false;
                plusSeen = false;
                flush(out, text, lines);
                i++;
            }
        }
        flush(out, text, lines);
        return out;
    }

    private static boolean flush(List<Sql> out, StringBuilder text, List<Integer> lines) {
        if (!text.isEmpty()) {
            out.add(new Sql(text.toString(), lines.stream().mapToInt(Integer::intValue).toArray()));
            text.setLength(0);
            lines.clear();
        }
        return false;
    }

    private static int count(String s, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            if (s.charAt(k) == '\n') {
                n++;
            }
        }
        return n;
    }
}
