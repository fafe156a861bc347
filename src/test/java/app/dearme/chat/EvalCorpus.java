package app.dearme.chat;

import app.dearme.support.TestApi;
import app.dearme.support.TestUsers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The retrieval evaluation data (src/test/resources/retrieval): diaries dated relative to today so day words keep
 * meaning, loaded through the real import endpoint (the same storage and indexing as any diary).
 */
final class EvalCorpus {

    record Diary(LocalDate date, String title, String content, String mood) {
    }

    record Question(String kind, String q, String expected) {
    }

    private EvalCorpus() {
    }

    static JsonNode resource(String name) {
        try (InputStream in = EvalCorpus.class.getResourceAsStream("/retrieval/" + name)) {
            return TestApi.JSON.readTree(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Diary> diaries() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Seoul"));
        List<Diary> out = new ArrayList<>();
        for (JsonNode d : resource("corpus.json").get("diaries")) {
            out.add(new Diary(today.minusDays(d.get("days_ago").asInt()), d.get("title").asString(),
                    d.get("content").asString(), d.get("mood").asString()));
        }
        return out;
    }

    static List<Question> questions(String file) {
        List<Question> out = new ArrayList<>();
        for (JsonNode q : resource(file)) {
            out.add(new Question(q.get("kind").asString(), q.get("q").asString(), q.get("expected").asString()));
        }
        return out;
    }

    /** Imports the whole corpus for {@code u} (one transaction); returns the diaries as written. */
    static List<Diary> load(TestApi api, TestUsers.User u) {
        List<Diary> diaries = diaries();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Diary d : diaries) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("diary_date", d.date().toString());
            m.put("title", d.title());
            m.put("content", d.content());
            m.put("mood", d.mood());
            rows.add(m);
        }
        byte[] file = TestApi.toJson(Map.of("diaries", rows)).getBytes(StandardCharsets.UTF_8);
        String boundary = "----eval" + System.nanoTime();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"corpus.json\""
                + "\r\nContent-Type: application/json\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        b.writeBytes(file);
        b.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        JsonNode r = api.post("/api/v1/diaries/import", null)
                .raw(b.toByteArray(), "multipart/form-data; boundary=" + boundary).auth(u).expect(200).json();
        if (r.get("imported").asInt() != diaries.size()) {
            throw new IllegalStateException("corpus import incomplete: " + r);
        }
        return diaries;
    }
}
