package app.dearme.diary;

import app.dearme.platform.error.ApiException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns an uploaded file into import entries: our own JSON export ({@code {"diaries": [...]}}), a Day One
 * {@code Journal.json}, or a zip of Day One journals. Zips are read through the central directory so
 * entries we skip (photos) are never inflated; what we do inflate is capped in bytes, nested archives are
 * refused. A problem with the whole file is a 400; a problem with one entry becomes that entry's error.
 */
@Component
class ImportReader {

    private final JsonMapper json;
    private final DiaryProperties props;

    ImportReader(JsonMapper json, DiaryProperties props) {
        this.json = json;
        this.props = props;
    }

    /** One entry of the file; {@code error} set means it cannot be imported. */
    record Entry(Integer index, String uuid, LocalDate date, String title, String content, String mood,
                 String weather, boolean isPrivate, String error) {

        static Entry failed(Integer index, String uuid, String error) {
            return new Entry(index, uuid, null, null, null, null, null, false, error);
        }
    }

    List<Entry> read(byte[] bytes, ZoneId userZone) {
        if (bytes.length == 0) {
            throw badFile("빈 파일이에요.", "The file is empty.");
        }
        if (isZip(bytes)) {
            return readZip(bytes, userZone);
        }
        return entries(parse(bytes), userZone, new int[] {0});
    }

    private List<Entry> readZip(byte[] bytes, ZoneId userZone) {
        Path tmp = null;
        try {
            tmp = Files.createTempFile("dearme-import", ".zip");
            Files.write(tmp, bytes);
            List<Entry> out = new ArrayList<>();
            long budget = props.importLimits().maxUncompressedBytes();
            int[] index = {0};
            int journals = 0;
            try (ZipFile zip = new ZipFile(tmp.toFile())) {
                if (zip.size() > props.importLimits().maxZipEntries()) {
                    throw badFile("zip 안의 파일이 너무 많아요.", "The zip has too many entries.");
                }
                Enumeration<? extends ZipEntry> all = zip.entries();
                while (all.hasMoreElements()) {
                    ZipEntry ze = all.nextElement();
                    String name = ze.getName().toLowerCase();
                    if (name.endsWith(".zip") || name.endsWith(".jar") || name.endsWith(".gz")) {
                        throw badFile("압축 파일 안의 압축 파일은 지원하지 않아요.", "Nested archives are not supported.");
                    }
                    if (ze.isDirectory() || !name.endsWith(".json") || name.startsWith("__macosx/")) {
                        continue;
                    }
                    byte[] data;
                    try (InputStream in = zip.getInputStream(ze)) {
                        data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, budget + 1));
                    }
                    budget -= data.length;
                    if (budget < 0) {
                        throw badFile("압축을 푼 크기가 너무 커요.", "The archive expands beyond the allowed size.");
                    }
                    if (isZip(data)) {
                        throw badFile("압축 파일 안의 압축 파일은 지원하지 않아요.", "Nested archives are not supported.");
                    }
                    out.addAll(entries(parse(data), userZone, index));
                    journals++;
                }
            }
            if (journals == 0) {
                throw badFile("zip 안에 일기 JSON 파일이 없어요.", "The zip contains no journal JSON file.");
            }
            return out;
        } catch (ZipException e) {
            throw badFile("zip 파일을 읽을 수 없어요.", "The zip file is corrupt.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a leftover temp file is harmless
                }
            }
        }
    }

    private JsonNode parse(byte[] data) {
        try {
            return json.readTree(data);
        } catch (JacksonException e) {
            throw badFile("JSON 또는 zip 파일이 아니에요.", "The file is neither JSON nor a zip.");
        }
    }

    private List<Entry> entries(JsonNode doc, ZoneId userZone, int[] index) {
        if (doc != null && doc.isObject() && doc.path("diaries").isArray()) {
            List<Entry> out = new ArrayList<>();
            for (JsonNode d : doc.get("diaries")) {
                out.add(ownEntry(index[0]++, d));
                checkCount(index[0]);
            }
            return out;
        }
        if (doc != null && doc.isObject() && doc.path("entries").isArray()) {
            List<Entry> out = new ArrayList<>();
            for (JsonNode e : doc.get("entries")) {
                out.add(dayOneEntry(index[0]++, e, userZone));
                checkCount(index[0]);
            }
            return out;
        }
        throw badFile("지원하지 않는 형식이에요. 디어미 JSON 내보내기 또는 Day One 내보내기 파일을 올려 주세요.",
                "Unsupported shape: upload a DearMe JSON export or a Day One export.");
    }

    private Entry ownEntry(int i, JsonNode d) {
        if (!d.isObject()) {
            return Entry.failed(i, null, "일기 항목이 객체가 아니에요.");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(str(d, "diary_date"));
        } catch (RuntimeException e) {
            return Entry.failed(i, null, "diary_date가 올바른 날짜(YYYY-MM-DD)가 아니에요.");
        }
        JsonNode p = d.get("is_private");
        return new Entry(i, null, date, str(d, "title"), str(d, "content"), DiaryRules.blankToNull(str(d, "mood")),
                DiaryRules.blankToNull(str(d, "weather")), p != null && p.isBoolean() && p.asBoolean(), null);
    }

    private Entry dayOneEntry(int i, JsonNode e, ZoneId userZone) {
        if (!e.isObject()) {
            return Entry.failed(i, null, "항목이 객체가 아니에요.");
        }
        String uuid = str(e, "uuid");
        Instant created;
        try {
            created = OffsetDateTime.parse(str(e, "creationDate")).toInstant();
        } catch (RuntimeException ex) {
            return Entry.failed(i, uuid, "creationDate가 올바른 시각이 아니에요.");
        }
        ZoneId zone = userZone;
        String tz = str(e, "timeZone");
        if (tz != null) {
            try {
                zone = ZoneId.of(tz);
            } catch (DateTimeException ignored) {
                // an unknown zone falls back to the user's, as for entries without one
            }
        }
        String text = str(e, "text");
        if (text == null || text.isBlank()) {
            return Entry.failed(i, uuid, "내용이 비어 있어요.");
        }
        String[] parts = text.strip().split("\\R", 2);
        String title = parts[0].replaceFirst("^#+", "").strip();
        String content = parts.length > 1 ? parts[1].strip() : "";
        if (title.isEmpty()) {
            title = content.isEmpty() ? "" : content.split("\\R", 2)[0].strip();
        }
        if (title.codePointCount(0, title.length()) > DiaryDtos.TITLE_MAX) {
            title = title.substring(0, title.offsetByCodePoints(0, DiaryDtos.TITLE_MAX));
        }
        if (content.isEmpty()) {
            content = title;
        }
        return new Entry(i, uuid, LocalDate.ofInstant(created, zone), title, content, null, null, false, null);
    }

    private void checkCount(int n) {
        if (n > props.importLimits().maxEntries()) {
            throw badFile("한 번에 가져올 수 있는 일기는 " + props.importLimits().maxEntries() + "개까지예요.",
                    "Too many entries in one import.");
        }
    }

    private static String str(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || !v.isValueNode() ? null : v.asString();
    }

    private static boolean isZip(byte[] b) {
        return b.length >= 4 && b[0] == 'P' && b[1] == 'K' && (b[2] == 3 || b[2] == 5) && (b[3] == 4 || b[3] == 6);
    }

    static ApiException badFile(String ko, String en) {
        return ApiException.badRequest("file", ko, en);
    }
}
