package app.dearme.ai.local;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import app.dearme.vocabulary.DiaryText;
import app.dearme.platform.text.KoreanAnalyzer;
import app.dearme.platform.text.KoreanAnalyzer.Token;

/**
 * Finds a writer's recurring, distinctive nouns: document frequency across diaries first, then term
 * frequency; background words (오늘, 하루, 그냥 …) and emotion words never count as interests.
 */
public final class TopicExtractor {

    public record Term(String noun, int docFreq, int termFreq, String topic) {
        double score() {
            return docFreq * 3.0 + termFreq + (topic != null ? 2.0 : 0.0);
        }
    }

    static final int MIN_INTERESTS = 3;

    private final KoreanAnalyzer analyzer;
    private final Lexicon lexicon;

    public TopicExtractor(KoreanAnalyzer analyzer, Lexicon lexicon) {
        this.analyzer = analyzer;
        this.lexicon = lexicon;
    }

    /** Ranked distinctive nouns; recurring (≥2 diaries) when there are at least 3 diaries. */
    public List<Term> rankedTerms(List<DiaryText> diaries) {
        Map<String, Integer> df = new HashMap<>();
        Map<String, Integer> tf = new HashMap<>();
        for (DiaryText d : diaries) {
            Set<String> seen = new HashSet<>();
            for (String noun : nouns(join(d))) {
                tf.merge(noun, 1, Integer::sum);
                if (seen.add(noun)) {
                    df.merge(noun, 1, Integer::sum);
                }
            }
        }
        int minDf = diaries.size() >= 3 ? 2 : 1;
        List<Term> terms = new ArrayList<>();
        df.forEach((noun, n) -> {
            if (n >= minDf) {
                terms.add(new Term(noun, n, tf.get(noun), lexicon.topicOf(noun)));
            }
        });
        terms.sort(Comparator.comparingDouble(Term::score).reversed().thenComparing(Term::noun));
        return terms;
    }

    /**
     * Recurring nouns first. Varied diaries repeat few nouns, so when fewer than {@link #MIN_INTERESTS} recur, nouns
     * of known diary topics (자전거, 기타, 소설 …) mentioned once are added, newest diary first and one per topic: a
     * persona built from seven different days should still name real interests rather than one.
     */
    public List<String> interests(List<DiaryText> diaries, int limit) {
        List<String> out = new ArrayList<>(rankedTerms(diaries).stream().limit(limit).map(Term::noun).toList());
        if (out.size() >= MIN_INTERESTS) {
            return out;
        }
        Set<String> topicsTaken = new HashSet<>();
        out.forEach(n -> topicsTaken.add(lexicon.topicOf(n)));
        for (DiaryText d : diaries) {
            for (String noun : nouns(join(d))) {
                String topic = lexicon.topicOf(noun);
                if (out.size() < MIN_INTERESTS && topic != null && !out.contains(noun) && topicsTaken.add(topic)) {
                    out.add(noun);
                }
            }
        }
        return out;
    }

    /** Topic keys (cafe, running, …) ordered by how many diaries mention them. */
    public List<String> topics(List<DiaryText> diaries) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (DiaryText d : diaries) {
            Set<String> seen = new HashSet<>();
            for (String noun : nouns(join(d))) {
                String topic = lexicon.topicOf(noun);
                if (topic != null && seen.add(topic)) {
                    counts.merge(topic, 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
    }

    /** Distinctive nouns of one text in order (no background, no emotion words). */
    public List<String> nouns(String text) {
        List<String> out = new ArrayList<>();
        for (Token t : analyzer.analyze(text)) {
            if (!t.isNoun()) {
                continue;
            }
            String n = t.lemma();
            if (lexicon.isBackground(n) || lexicon.isEmotionWord(n)) {
                continue;
            }
            if (n.length() < 2 && lexicon.topicOf(n) == null) {
                continue;
            }
            out.add(n);
        }
        return out;
    }

    static String join(DiaryText d) {
        return (d.title() == null ? "" : d.title() + "\n") + (d.content() == null ? "" : d.content());
    }
}
