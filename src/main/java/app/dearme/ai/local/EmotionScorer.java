package app.dearme.ai.local;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.dearme.platform.text.KoreanAnalyzer;
import app.dearme.platform.text.KoreanAnalyzer.Token;
import app.dearme.ai.MentalScores;
import app.dearme.vocabulary.Mood;

/**
 * Lexicon scoring of the six axes. Each axis starts at 50, moves by the mood tag (a prior) and by
 * lexicon hits, squashed with tanh so that a few words move it moderately and many words saturate
 * below 0/100. Short texts are damped so that they stay near 50.
 */
public final class EmotionScorer {

    /** One lexicon hit: the lemma, its signed multiplier (negation/intensifier) and its weights. */
    public record Hit(String lemma, double factor, int[] weights, boolean emotion) {
        public double valence() {
            double sum = 0;
            for (int w : weights) {
                sum += w;
            }
            return sum * factor;
        }
    }

    public record Analysis(double[] raw, int[] scores, List<Hit> hits, int contentTokens) {
        public MentalScores mentalScores() {
            return new MentalScores(scores[0], scores[1], scores[2], scores[3], scores[4], scores[5]).clamped();
        }
    }

    static final Set<String> SCAN_TAGS = Set.of("NNG", "NNP", "VV", "VA", "VX", "VCN", "XR", "MAG", "IC");
    private static final Pattern CRYING = Pattern.compile("[ㅠㅜ]{2,}");
    private static final Pattern LAUGHING = Pattern.compile("[ㅋㅎ]{2,}");

    private final KoreanAnalyzer analyzer;
    private final Lexicon lexicon;

    public EmotionScorer(KoreanAnalyzer analyzer, Lexicon lexicon) {
        this.analyzer = analyzer;
        this.lexicon = lexicon;
    }

    /** The mood tag's prior on the six axes; exhaustive over {@link Mood}. */
    public static int[] moodPrior(Mood mood) {
        return mood == null ? null : switch (mood) {
            case HAPPY -> new int[] {8, 6, 5, 12, 3, 5};
            case SAD -> new int[] {-10, -6, -4, -12, -2, -5};
            case ANGRY -> new int[] {-12, 0, -2, -8, -3, -4};
            case ANXIOUS -> new int[] {-14, -3, -5, -6, 0, -5};
            case CALM -> new int[] {12, 0, 3, 6, 0, 6};
            case EXCITED -> new int[] {4, 12, 4, 10, 4, 4};
            case TIRED -> new int[] {-4, -14, -2, -4, 0, -4};
            case GRATEFUL -> new int[] {6, 3, 5, 12, 8, 6};
            case LONELY -> new int[] {-6, -4, -4, -6, -15, -3};
            case HOPEFUL -> new int[] {5, 6, 6, 8, 0, 12};
        };
    }

    public Analysis analyse(String text, Mood mood) {
        List<Token> scan = new ArrayList<>();
        List<Integer> sentence = new ArrayList<>();
        int sentenceId = 0;
        int prevEnd = 0;
        String safe = text == null ? "" : text;
        for (Token t : analyzer.analyze(safe)) {
            if (t.start() > prevEnd && safe.substring(prevEnd, t.start()).matches("(?s).*[.!?\\n~].*")) {
                sentenceId++;
            }
            prevEnd = t.end();
            if (SCAN_TAGS.contains(t.tag())) {
                scan.add(t);
                sentence.add(sentenceId);
            }
        }
        List<Hit> hits = new ArrayList<>();
        double[] raw = new double[6];
        int contentTokens = 0;
        for (int i = 0; i < scan.size(); i++) {
            Token t = scan.get(i);
            if (!t.tag().equals("MAG") && !t.tag().equals("IC")) {
                contentTokens++;
            }
            int matchedLength = 0;
            int[] weights = null;
            String matchedKey = null;
            for (int len = Math.min(lexicon.maxPhraseLength(), scan.size() - i); len >= 1 && weights == null; len--) {
                StringBuilder key = new StringBuilder(scan.get(i).lemma());
                for (int k = 1; k < len; k++) {
                    key.append(' ').append(scan.get(i + k).lemma());
                }
                weights = lexicon.axisWeights(key.toString());
                matchedLength = len;
                matchedKey = key.toString();
            }
            if (weights == null || isZero(weights)) {
                continue;
            }
            double factor = 1.0;
            int sid = sentence.get(i);
            for (int back = 1; back <= 2 && i - back >= 0 && sentence.get(i - back) == sid; back++) {
                String lemma = scan.get(i - back).lemma();
                if (lexicon.isIntensifier(lemma)) {
                    factor *= 1.5;
                }
                if (back == 1 && lexicon.isPreNegator(lemma)) {
                    factor *= -0.6;
                }
            }
            int next = i + matchedLength;
            while (next < scan.size() && sentence.get(next) == sid && scan.get(next).tag().equals("MAG")) {
                next++;
            }
            if (next < scan.size() && sentence.get(next) == sid && lexicon.isPostNegator(scan.get(next).lemma())) {
                factor = -0.6 * Math.abs(factor);
            }
            hits.add(new Hit(matchedKey, factor, weights, lexicon.isEmotionWord(matchedKey)));
            for (int a = 0; a < 6; a++) {
                raw[a] += weights[a] * factor;
            }
            i += matchedLength - 1;
        }
        int crying = count(CRYING, safe);
        int laughing = count(LAUGHING, safe);
        raw[0] -= Math.min(3, crying);
        raw[3] -= Math.min(3, crying) * 1.5;
        raw[3] += Math.min(2, laughing) * 0.5;

        double lengthScale = Math.min(1.0, 0.35 + contentTokens / 30.0);
        int[] prior = moodPrior(mood);
        double priorScale = contentTokens < 6 ? 0.5 : 1.0;
        int[] scores = new int[6];
        for (int a = 0; a < 6; a++) {
            double p = prior == null ? 0 : prior[a] * priorScale;
            double v = 50 + p + 40 * Math.tanh(raw[a] / 7.0) * lengthScale;
            scores[a] = (int) Math.round(Math.max(0, Math.min(100, v)));
        }
        return new Analysis(raw, scores, hits, contentTokens);
    }

    private static boolean isZero(int[] w) {
        for (int v : w) {
            if (v != 0) {
                return false;
            }
        }
        return true;
    }

    private static int count(Pattern p, String s) {
        Matcher m = p.matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
