package app.dearme.ai;

import app.dearme.vocabulary.DiaryText;
import app.dearme.vocabulary.Mood;
import app.dearme.platform.text.KoreanAnalyzer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The Korean test corpus in {@code src/test/resources/ai/corpus.json}. */
final class Corpus {

    record Entry(DiaryText diary, String user, String group) {
    }

    private static List<Entry> cache;

    static synchronized List<Entry> all() {
        if (cache == null) {
            try (InputStream in = Corpus.class.getResourceAsStream("/ai/corpus.json")) {
                List<Map<String, Object>> rows = JsonMapper.builder().build().readValue(in, new TypeReference<>() {
                });
                cache = rows.stream().map(r -> new Entry(new DiaryText(((Number) r.get("id")).longValue(),
                        LocalDate.parse((String) r.get("date")), (String) r.get("title"), (String) r.get("content"),
                        Mood.fromWire((String) r.get("mood")), null), (String) r.get("user"), (String) r.get("group"))).toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return cache;
    }

    static List<DiaryText> byUser(String user) {
        return all().stream().filter(e -> e.user().equals(user)).map(Entry::diary).toList();
    }

    static List<DiaryText> byGroup(String group) {
        return all().stream().filter(e -> e.group().equals(group)).map(Entry::diary).toList();
    }

    static DiaryText diary(String content, String mood) {
        return new DiaryText(1, LocalDate.of(2025, 3, 3), "제목", content, Mood.fromWire(mood), null);
    }

    private static LocalKoreanEngine engine;

    /** One shared engine: Nori dictionaries and lexicons load once per test JVM. */
    static synchronized LocalKoreanEngine engine() {
        if (engine == null) {
            engine = new LocalKoreanEngine(new KoreanAnalyzer());
        }
        return engine;
    }
}
