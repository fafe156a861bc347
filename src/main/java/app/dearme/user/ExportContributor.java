package app.dearme.user;

import java.io.IOException;
import java.util.zip.ZipOutputStream;
import tools.jackson.core.JsonGenerator;

/**
 * Feature modules contribute their part of a user's data export (SPEC §4): a JSON section, and
 * optionally Markdown files for the zip export. The export is streamed to the client: a section that can
 * grow with the account (diaries, chats) overrides {@link #writeJson} to write rows as it reads them.
 */
public interface ExportContributor {

    /** JSON key of this section, e.g. "diaries". */
    String section();

    Object exportJson(long userId);

    /** Writes this section's value; the default serialises {@link #exportJson} (fine for small sections). */
    default void writeJson(long userId, JsonGenerator gen) {
        gen.writePOJO(exportJson(userId));
    }

    default void writeMarkdown(long userId, ZipOutputStream zip) throws IOException {
    }
}
