package app.dearme.diary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The data behind query analysis (src/main/resources/retrieval): the question-scaffolding stop list and the
 * related-word groups. Kept as data so they can grow without code changes; entries are analysed terms.
 */
@Component
class RetrievalLexicon {

    /** Weight of a related word against the word the user typed (1.0). */
    static final double RELATED_WEIGHT = 0.4;

    private final Set<String> stop;
    private final Map<String, Set<String>> related;
    private final Morphemes morphemes;

    RetrievalLexicon(Morphemes morphemes) {
        this.morphemes = morphemes;
        this.stop = Set.copyOf(lines("/retrieval/stopwords.txt"));
        Map<String, Set<String>> rel = new HashMap<>();
        for (String line : lines("/retrieval/related.txt")) {
            List<String> group = List.of(line.split("\\s+"));
            for (String w : group) {
                rel.computeIfAbsent(w, k -> new LinkedHashSet<>()).addAll(group);
            }
        }
        rel.forEach((w, g) -> g.remove(w));
        this.related = rel;
    }

    Set<String> stopWords() {
        return stop;
    }

    Set<String> relatedWords() {
        return related.keySet();
    }

    /**
     * The weighted terms of a question: its analysed terms minus scaffolding (weight 1), then the related words of
     * those terms (weight {@link #RELATED_WEIGHT}) unless the question has them itself. Empty when only
     * scaffolding is left — then nothing in the question names a diary.
     */
    Map<String, Double> queryTerms(String question) {
        Map<String, Double> terms = new LinkedHashMap<>();
        for (String t : morphemes.terms(question)) {
            if (!stop.contains(t)) {
                terms.put(t, 1.0);
            }
        }
        for (String t : List.copyOf(terms.keySet())) {
            for (String r : related.getOrDefault(t, Set.of())) {
                terms.putIfAbsent(r, RELATED_WEIGHT);
            }
        }
        return terms;
    }

    private static List<String> lines(String resource) {
        try (InputStream in = RetrievalLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            List<String> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    out.add(s);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
