package app.dearme.ai.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import app.dearme.platform.text.KoreanAnalyzer;

/**
 * The local engine's word lists under {@code classpath:lexicon/}. Axis entries are written in
 * dictionary form and normalised through the same Nori pipeline as the text, so inflections match.
 */
public final class Lexicon {

    /** Axis order everywhere in the local engine: the order of {@link app.dearme.ai.MentalScores}. */
    public static final List<String> AXES = List.of("emotional_stability", "vitality", "self_esteem", "positivity",
            "social_connection", "resilience");
    public static final List<String> AXIS_LABELS = List.of("정서 안정성", "활력", "자존감", "긍정성", "사회적 연결",
            "회복탄력성");

    /** key = lemma sequence joined by a space (usually one lemma). */
    private final Map<String, int[]> axisWeights = new HashMap<>();
    private int maxPhraseLength = 1;
    private final Map<String, String> topics = new HashMap<>();
    private final Set<String> background = new HashSet<>();
    private final Set<String> intensifiers = new HashSet<>();
    private final Set<String> preNegators = new HashSet<>();
    private final Set<String> postNegators = new HashSet<>();
    /** signal → traits, in file order. */
    private final Map<String, List<String>> traitsBySignal = new LinkedHashMap<>();

    public Lexicon(KoreanAnalyzer analyzer) {
        for (String[] row : rows("axes.tsv")) {
            String[] w = row[1].trim().split("\\s+");
            int[] weights = new int[6];
            for (int i = 0; i < 6; i++) {
                weights[i] = Integer.parseInt(w[i]);
            }
            List<String> lemmas = analyzer.analyze(row[0]).stream()
                    .filter(t -> EmotionScorer.SCAN_TAGS.contains(t.tag()) && !t.tag().equals("IC"))
                    .map(KoreanAnalyzer.Token::lemma).toList();
            if (lemmas.isEmpty()) {
                continue;
            }
            axisWeights.putIfAbsent(String.join(" ", lemmas), weights);
            maxPhraseLength = Math.max(maxPhraseLength, lemmas.size());
        }
        for (String[] row : rows("topics.tsv")) {
            topics.put(row[0], row[1]);
        }
        for (String[] row : rows("background.txt")) {
            background.add(row[0]);
        }
        for (String[] row : rows("intensifiers.txt")) {
            intensifiers.add(row[0]);
        }
        for (String[] row : rows("negators.txt")) {
            (row[0].equals("pre") ? preNegators : postNegators).add(row[1]);
        }
        for (String[] row : rows("traits.tsv")) {
            traitsBySignal.computeIfAbsent(row[1], k -> new ArrayList<>()).add(row[0]);
        }
    }

    public int[] axisWeights(String lemmaKey) {
        return axisWeights.get(lemmaKey);
    }

    /** In the axis lexicon and not an everyday topic noun (러닝, 친구 carry weight but are topics). */
    public boolean isEmotionWord(String lemma) {
        return axisWeights.containsKey(lemma) && !topics.containsKey(lemma);
    }

    public int maxPhraseLength() {
        return maxPhraseLength;
    }

    /** Topic key (cafe, running, …) for a noun, or null. */
    public String topicOf(String noun) {
        return topics.get(noun);
    }

    public boolean isBackground(String noun) {
        return background.contains(noun);
    }

    public boolean isIntensifier(String lemma) {
        return intensifiers.contains(lemma);
    }

    public boolean isPreNegator(String lemma) {
        return preNegators.contains(lemma);
    }

    public boolean isPostNegator(String lemma) {
        return postNegators.contains(lemma);
    }

    public List<String> traitsFor(String signal) {
        return traitsBySignal.getOrDefault(signal, List.of());
    }

    private static List<String[]> rows(String file) {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream("/lexicon/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon " + file);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                out.add(line.strip().split("\t"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
