package app.dearme.diary;

import static org.assertj.core.api.Assertions.assertThat;

import app.dearme.support.TestApi;
import app.dearme.support.TestUsers;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class DiaryImportIT extends DiaryTestBase {

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = DiaryImportIT.class.getResourceAsStream("/diary/" + name)) {
            return in.readAllBytes();
        }
    }

    private TestApi.Call upload(byte[] file, String filename) {
        String boundary = "----dearme" + System.nanoTime();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        b.writeBytes(file);
        b.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.post("/api/v1/diaries/import", null).raw(b.toByteArray(), "multipart/form-data; boundary=" + boundary);
    }

    private static byte[] zip(Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (var e : files.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private Map<String, JsonNode> byDate(TestUsers.User u) {
        Map<String, JsonNode> m = new HashMap<>();
        api.get("/api/v1/diaries?per_page=100").auth(u).expect(200).json().get("items")
                .forEach(d -> m.put(d.get("diary_date").asString(), d));
        return m;
    }

    @Test
    void dayOneJournalImportsEntriesInTheirTimeZoneMergesSameDayAndReportsBadOnes() throws IOException {
        TestUsers.User u = users.aUser();
        JsonNode r = upload(resource("dayone-journal.json"), "Journal.json").auth(u).expect(200).json();
        assertThat(r.get("imported").asInt()).isEqualTo(4);
        assertThat(r.get("skipped").asInt()).isZero();
        assertThat(r.get("errors").size()).isEqualTo(2);
        assertThat(r.get("errors").valueStream().map(e -> e.get("uuid").asString()))
                .containsExactly("A1B2C3D4E5F6478899AABBCCDDEEFF04", "A1B2C3D4E5F6478899AABBCCDDEEFF05");
        assertThat(r.get("errors").get(0).get("message").asString()).isNotBlank();

        Map<String, JsonNode> d = byDate(u);
        assertThat(d.keySet()).containsExactlyInAnyOrder("2024-03-01", "2024-03-02", "2024-03-05");
        // 15:30Z is already the 2nd in Seoul; 23:00Z is still the 1st in Los Angeles
        JsonNode spring = d.get("2024-03-02");
        assertThat(spring.get("title").asString()).isEqualTo("봄이 오는 소리");
        assertThat(spring.get("content").asString()).startsWith("오늘은 날씨가 따뜻했다.")
                .contains("## 오후 산책").endsWith("한강을 걸었다.");
        assertThat(d.get("2024-03-01").get("title").asString()).isEqualTo("퇴근길");
        assertThat(d.get("2024-03-01").get("content").asString()).isEqualTo("지하철에서 책을 읽었다.");
        assertThat(d.get("2024-03-05").get("title").asString()).isEqualTo("한 줄 일기");
        assertThat(d.get("2024-03-05").get("content").asString()).isEqualTo("한 줄 일기");
        // imported diaries are indexed like written ones
        assertThat(api.get("/api/v1/diaries?q=" + java.net.URLEncoder.encode("벚꽃", StandardCharsets.UTF_8)).auth(u)
                .expect(200).json().get("total").asLong()).isEqualTo(1);

        JsonNode again = upload(resource("dayone-journal.json"), "Journal.json").auth(u).expect(200).json();
        assertThat(again.get("imported").asInt()).isZero();
        assertThat(again.get("skipped").asInt()).isEqualTo(4);
        assertThat(byDate(u)).hasSize(3);
    }

    @Test
    void dayOneZipWithPhotosAndSeveralJournalsImports() throws IOException {
        TestUsers.User u = users.aUser();
        String second = "{\"metadata\":{},\"entries\":[{\"uuid\":\"Z1\",\"creationDate\":\"2023-12-24T12:00:00Z\","
                + "\"timeZone\":\"Asia/Seoul\",\"text\":\"크리스마스 이브\\n가족과 케이크를 먹었다.\"}]}";
        byte[] z = zip(Map.of("Journal.json", resource("dayone-journal.json"),
                "Travel.json", second.getBytes(StandardCharsets.UTF_8),
                "photos/abc.jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2, 3}));
        JsonNode r = upload(z, "export.zip").auth(u).expect(200).json();
        assertThat(r.get("imported").asInt()).isEqualTo(5);
        assertThat(byDate(u)).containsKey("2023-12-24");
    }

    @Test
    void ownJsonExportRoundTripsIntoAnotherAccount() {
        TestUsers.User a = users.aUser();
        api.post("/api/v1/diaries", with(with(with(body(today(), "😀 이모지 제목", "첫 줄\n둘째 줄 \"인용\""),
                "mood", "excited"), "weather", "snowy"), "is_private", true)).auth(a).expect(201);
        write(a, today().minusDays(1), "어제", "어제의 기록");
        seed(a, java.time.LocalDate.of(2020, 1, 1), "lonely");
        byte[] export = api.get("/api/v1/users/me/export?format=json").auth(a).expect(200).bytes();

        TestUsers.User b = users.aUser();
        JsonNode r = upload(export, "dearme-export.json").auth(b).expect(200).json();
        assertThat(r.get("imported").asInt()).isEqualTo(3);
        assertThat(r.get("errors").size()).isZero();
        Map<String, JsonNode> copied = byDate(b);
        Map<String, JsonNode> original = byDate(a);
        assertThat(copied.keySet()).isEqualTo(original.keySet());
        for (String date : original.keySet()) {
            for (String f : List.of("title", "content", "mood", "weather", "is_private")) {
                assertThat(copied.get(date).get(f)).as(date + " " + f).isEqualTo(original.get(date).get(f));
            }
        }
        // a bare {"diaries": [...]} works too, and bad entries are reported by index
        String bare = "{\"diaries\":[{\"diary_date\":\"2019-05-05\",\"title\":\"어린이날\",\"content\":\"놀이공원\"},"
                + "{\"diary_date\":\"2019-02-30\",\"title\":\"없는 날\",\"content\":\"x\"},"
                + "{\"diary_date\":\"2019-05-06\",\"title\":\"기분\",\"content\":\"x\",\"mood\":\"ecstatic\"},"
                + "{\"diary_date\":\"2019-05-07\",\"title\":\"\",\"content\":\"x\"}, 42]}";
        JsonNode rb = upload(bare.getBytes(StandardCharsets.UTF_8), "d.json").auth(b).expect(200).json();
        assertThat(rb.get("imported").asInt()).isEqualTo(1);
        assertThat(rb.get("errors").valueStream().map(e -> e.get("index").asInt())).containsExactly(1, 2, 3, 4);
    }

    @Test
    void markdownExportHasOneFilePerDiaryWithFrontMatter() throws IOException {
        TestUsers.User u = users.aUser();
        api.post("/api/v1/diaries", with(with(body(today(), "제목: \"따옴표\"", "본문 내용"), "mood", "happy"),
                "weather", "sunny")).auth(u).expect(201);
        byte[] zip = api.get("/api/v1/users/me/export?format=markdown").auth(u).expect(200).bytes();
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
                files.put(e.getName(), new String(z.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        String md = files.get("diaries/" + today() + ".md");
        assertThat(md).startsWith("---\ndate: " + today() + "\ntitle: \"제목: \\\"따옴표\\\"\"\nmood: happy\n"
                + "weather: sunny\nis_private: false\n---\n\n본문 내용");
    }

    @Test
    void malformedFilesAre4xxNeverPartial() throws IOException {
        TestUsers.User u = users.aUser();
        assertThat(slug(upload("이건 JSON이 아니에요".getBytes(StandardCharsets.UTF_8), "a.json").auth(u).expect(400)))
                .isEqualTo("validation");
        upload("[1,2,3]".getBytes(StandardCharsets.UTF_8), "a.json").auth(u).expect(400);
        upload("{\"foo\": 1}".getBytes(StandardCharsets.UTF_8), "a.json").auth(u).expect(400);
        upload(new byte[0], "a.json").auth(u).expect(400);
        upload("PK\u0003\u0004garbage".getBytes(StandardCharsets.ISO_8859_1), "a.zip").auth(u).expect(400);
        byte[] nested = zip(Map.of("inner.zip", zip(Map.of("Journal.json", resource("dayone-journal.json")))));
        upload(nested, "nested.zip").auth(u).expect(400);
        byte[] disguised = zip(Map.of("Journal.json", zip(Map.of("x.json", "{}".getBytes()))));
        upload(disguised, "disguised.zip").auth(u).expect(400);
        byte[] noJournal = zip(Map.of("photos/a.jpg", new byte[] {1, 2, 3}));
        upload(noJournal, "photos.zip").auth(u).expect(400);
        assertThat(api.post("/api/v1/diaries/import", null).raw("x".getBytes(), "multipart/form-data; boundary=zzz")
                .auth(u).send().status()).isBetween(400, 499);
        assertThat(byDate(u)).isEmpty();
    }

    @Test
    void zipBombIsRefusedBeforeItExpands() throws IOException {
        TestUsers.User u = users.aUser();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("Journal.json"));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 60; i++) {
                z.write(spaces);
            }
            z.closeEntry();
        }
        assertThat(out.size()).isLessThan(1 << 20);
        TestApi.Resp r = upload(out.toByteArray(), "bomb.zip").auth(u).expect(400);
        assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
    }

    @Test
    void filesOver10MegabytesAre413() {
        TestUsers.User u = users.aUser();
        byte[] big = new byte[10 * 1024 * 1024 + 10];
        java.util.Arrays.fill(big, (byte) ' ');
        assertThat(upload(big, "big.json").auth(u).send().status()).isEqualTo(413);
    }

    @Test
    void importHonoursIdempotencyKey() throws IOException {
        TestUsers.User u = users.aUser();
        byte[] file = resource("dayone-journal.json");
        JsonNode first = upload(file, "Journal.json").auth(u).header("Idempotency-Key", "imp-1").expect(200).json();
        JsonNode again = upload(file, "Journal.json").auth(u).header("Idempotency-Key", "imp-1").expect(200).json();
        assertThat(again).isEqualTo(first);
        assertThat(again.get("imported").asInt()).isEqualTo(4);
        upload("{\"diaries\":[]}".getBytes(), "x.json").auth(u).header("Idempotency-Key", "imp-1").expect(422);
    }

    @Test
    void missingFilePartIs400AndJsonBodyIs415() {
        TestUsers.User u = users.aUser();
        String boundary = "b0undary";
        byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--" + boundary
                + "--\r\n").getBytes(StandardCharsets.UTF_8);
        api.post("/api/v1/diaries/import", null).raw(body, "multipart/form-data; boundary=" + boundary).auth(u).expect(400);
        api.post("/api/v1/diaries/import", Map.of("diaries", List.of())).auth(u).expect(415);
    }
}
