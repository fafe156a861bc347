package app.dearme.user;

import java.io.IOException;
import java.util.zip.ZipOutputStream;

/**
 * Feature modules contribute their part of a user's data export (SPEC §4): a JSON section, and
 * optionally Markdown files for the zip export.
 */
public interface ExportContributor {

    /** JSON key of this section, e.g. "diaries". */
    String section();

    Object exportJson(long userId);

    default void writeMarkdown(long userId, ZipOutputStream zip) throws IOException {
    }
}
