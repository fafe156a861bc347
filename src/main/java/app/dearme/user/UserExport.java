package app.dearme.user;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Service;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The account's data export: profile plus every module's contribution, written to the response as the
 * rows are read. No transaction: contributors read in pages, so a slow download holds no connection.
 */
@Service
class UserExport {

    private final UserAccounts accounts;
    private final List<ExportContributor> contributors;
    private final JsonMapper json;

    UserExport(UserAccounts accounts, List<ExportContributor> contributors, JsonMapper json) {
        this.accounts = accounts;
        this.contributors = contributors;
        this.json = json;
    }

    /** Fails before anything is written when the account is gone, so the client still gets a problem. */
    UserAccount account(long userId) {
        return accounts.require(userId);
    }

    void writeJson(UserAccount u, OutputStream out) {
        try (JsonGenerator gen = json.writerWithDefaultPrettyPrinter().createGenerator(out)) {
            gen.writeStartObject();
            gen.writeStringProperty("format", "dearme-export");
            gen.writeNumberProperty("version", 1);
            gen.writePOJOProperty("exported_at", OffsetDateTime.now());
            gen.writePOJOProperty("profile", UserDtos.Me.of(u));
            for (ExportContributor c : contributors) {
                gen.writeName(c.section());
                c.writeJson(u.id(), gen);
            }
            gen.writeEndObject();
        }
    }

    void writeMarkdownZip(UserAccount u, OutputStream out) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry("README.md"));
            zip.write(("# DearMe 내보내기\n\n- 사용자: " + u.username() + "\n- 내보낸 시각: " + OffsetDateTime.now()
                    + "\n").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            for (ExportContributor c : contributors) {
                c.writeMarkdown(u.id(), zip);
            }
        }
    }
}
