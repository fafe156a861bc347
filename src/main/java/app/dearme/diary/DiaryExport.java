package app.dearme.diary;

import app.dearme.user.ExportContributor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JsonGenerator;

/** The "diaries" section of the account export (SPEC §4); {@link DiaryImportService} reads it back. */
@Component
class DiaryExport implements ExportContributor {

    /** Diaries per read: bounded memory whatever the account size. */
    static final int PAGE = 200;

    private final DiaryStore store;
    /** One short read-only transaction per page: a replica may serve it, and nothing is held between pages. */
    private final TransactionTemplate readTx;

    DiaryExport(DiaryStore store, PlatformTransactionManager txm) {
        this.store = store;
        this.readTx = new TransactionTemplate(txm);
        this.readTx.setReadOnly(true);
    }

    private List<DiaryDtos.Diary> page(long userId, java.time.LocalDate after) {
        return readTx.execute(s -> store.pageAfter(userId, after, PAGE));
    }

    @Override
    public String section() {
        return "diaries";
    }

    @Override
    public List<DiaryDtos.Diary> exportJson(long userId) {
        return store.all(userId);
    }

    /** Streamed a page at a time; pages are separate reads, so a slow download holds no connection. */
    @Override
    public void writeJson(long userId, JsonGenerator gen) {
        gen.writeStartArray();
        for (List<DiaryDtos.Diary> page = page(userId, null); !page.isEmpty();
             page = page.size() < PAGE ? List.of() : page(userId, page.getLast().diaryDate())) {
            page.forEach(gen::writePOJO);
            gen.flush();
        }
        gen.writeEndArray();
    }

    @Override
    public void writeMarkdown(long userId, ZipOutputStream zip) throws IOException {
        for (List<DiaryDtos.Diary> page = page(userId, null); !page.isEmpty();
             page = page.size() < PAGE ? List.of() : page(userId, page.getLast().diaryDate())) {
            for (DiaryDtos.Diary d : page) {
                zip.putNextEntry(new ZipEntry("diaries/" + d.diaryDate() + ".md"));
                zip.write(markdown(d).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.flush();
        }
    }

    static String markdown(DiaryDtos.Diary d) {
        return "---\n"
                + "date: " + d.diaryDate() + "\n"
                + "title: " + yaml(d.title()) + "\n"
                + "mood: " + (d.mood() == null ? "null" : d.mood().wire()) + "\n"
                + "weather: " + (d.weather() == null ? "null" : d.weather().wire()) + "\n"
                + "is_private: " + d.isPrivate() + "\n"
                + "---\n\n"
                + d.content() + (d.content().endsWith("\n") ? "" : "\n");
    }

    /** A double-quoted YAML scalar: safe for any title (colons, quotes, leading symbols, emoji). */
    static String yaml(String s) {
        StringBuilder b = new StringBuilder("\"");
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (cp < 0x20) {
                        b.append(String.format("\\x%02x", cp));
                    } else {
                        b.appendCodePoint(cp);
                    }
                }
            }
        });
        return b.append('"').toString();
    }
}
