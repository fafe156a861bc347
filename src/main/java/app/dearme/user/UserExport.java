package app.dearme.user;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** The account's data export: profile plus every module's contribution. */
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

    @Transactional(readOnly = true)
    byte[] json(long userId) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("format", "dearme-export");
        doc.put("version", 1);
        doc.put("exported_at", OffsetDateTime.now());
        doc.put("profile", UserDtos.Me.of(accounts.require(userId)));
        for (ExportContributor c : contributors) {
            doc.put(c.section(), c.exportJson(userId));
        }
        return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(doc);
    }

    @Transactional(readOnly = true)
    byte[] markdownZip(long userId) {
        UserAccount u = accounts.require(userId);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry("README.md"));
            zip.write(("# DearMe 내보내기\n\n- 사용자: " + u.username() + "\n- 내보낸 시각: " + OffsetDateTime.now()
                    + "\n").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            for (ExportContributor c : contributors) {
                c.writeMarkdown(userId, zip);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
