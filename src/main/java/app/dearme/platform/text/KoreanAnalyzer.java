package app.dearme.platform.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.dict.UserDictionary;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Korean morphological analysis on Lucene Nori, shared by the AI engines and diary search indexing.
 *
 * <p>Thread-safe: tokenizers are pooled and reused, so concurrent (virtual) threads never share one.
 * Normalisation is stable across inflections: verb/adjective stems are returned in dictionary form
 * (stem + "다": "먹었다", "먹다", "먹은" → "먹다"), nouns as-is ("카페에서" → "카페"), Latin words
 * lower-cased; particles, endings, suffixes, punctuation and symbols are dropped.
 */
public final class KoreanAnalyzer {

    /** One analysed token. {@code lemma} is the normalised form, {@code tag} the Nori POS tag name. */
    public record Token(String surface, String lemma, String tag, int start, int end) {
        public boolean isNoun() {
            return tag.equals("NNG") || tag.equals("NNP") || tag.equals("SL");
        }

        public boolean isPredicate() {
            return tag.equals("VV") || tag.equals("VA") || tag.equals("VX") || tag.equals("VCN");
        }
    }

    private static final Set<String> CONTENT_TAGS = Set.of("NNG", "NNP", "VV", "VA", "XR", "SL", "SH", "SN");

    private final UserDictionary userDictionary;
    private final ConcurrentLinkedQueue<Pooled> pool = new ConcurrentLinkedQueue<>();

    public KoreanAnalyzer() {
        this.userDictionary = loadUserDictionary();
        // Loading Nori's system dictionaries takes a second or more of CPU: done beside the start, off its critical
        // path (issue 15). A text analysed before it finishes waits on the dictionaries' class initialisation.
        Thread.ofPlatform().daemon().name("nori-warm-up").start(() -> pool.add(newPooled()));
    }

    /** Normalised content morphemes in text order (duplicates kept), for search indexing and keywords. */
    public List<String> morphemes(String text) {
        List<String> out = new ArrayList<>();
        for (Token t : analyze(text)) {
            if (CONTENT_TAGS.contains(t.tag())) {
                out.add(t.lemma());
            }
        }
        return out;
    }

    /**
     * {@link #morphemes} plus every compound written without spaces as one more term ("해운대해수욕장" →
     * 해운/대/해수/욕/장 and "해운대해수욕장"; "이삿짐" → 이삿/짐 and "이삿짐"). Nori splits unknown compounds
     * into pieces that alone are often generic or meaningless; the whole keeps the precise match, the
     * pieces keep the partial one ("한강" still finds "한강공원").
     */
    public List<String> indexTerms(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        int parts = 0;
        int runEnd = -1;
        for (Token t : analyze(text)) {
            if (t.tag().equals("NNG") || t.tag().equals("NNP")) {
                if (t.start() != runEnd) {
                    flushCompound(run, parts, out);
                    run.setLength(0);
                    parts = 0;
                }
                run.append(t.surface());
                parts++;
                runEnd = t.end();
            } else {
                flushCompound(run, parts, out);
                run.setLength(0);
                parts = 0;
                runEnd = -1;
            }
            if (CONTENT_TAGS.contains(t.tag())) {
                out.add(t.lemma());
            }
        }
        flushCompound(run, parts, out);
        return out;
    }

    private static void flushCompound(StringBuilder run, int parts, List<String> out) {
        if (parts >= 2) {
            out.add(run.toString());
        }
    }

    /** Every token with its tag (endings, particles, adverbs and interjections included), in order. */
    public List<Token> analyze(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Pooled p = pool.poll();
        if (p == null) {
            p = newPooled();
        }
        List<Token> out = new ArrayList<>();
        try {
            p.tokenizer.setReader(new StringReader(text));
            p.tokenizer.reset();
            while (p.tokenizer.incrementToken()) {
                String surface = p.term.toString();
                POS.Tag tag = p.pos.getLeftPOS();
                String tagName = tag == null ? "UNKNOWN" : tag.name();
                out.add(new Token(surface, lemma(surface, tagName), tagName, p.offset.startOffset(),
                        p.offset.endOffset()));
            }
            p.tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                p.tokenizer.close();
            } catch (IOException ignored) {
                // a StringReader cannot fail to close
            }
            pool.offer(p);
        }
        return out;
    }

    private static String lemma(String surface, String tag) {
        return switch (tag) {
            case "VV", "VA", "VX", "VCN", "VCP" -> surface + "다";
            case "SL" -> surface.toLowerCase(Locale.ROOT);
            default -> surface;
        };
    }

    private Pooled newPooled() {
        KoreanTokenizer tokenizer = new KoreanTokenizer(TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, userDictionary,
                KoreanTokenizer.DecompoundMode.DISCARD, false, true);
        return new Pooled(tokenizer, tokenizer.addAttribute(CharTermAttribute.class),
                tokenizer.addAttribute(PartOfSpeechAttribute.class), tokenizer.addAttribute(OffsetAttribute.class));
    }

    private static UserDictionary loadUserDictionary() {
        try (InputStream in = KoreanAnalyzer.class.getResourceAsStream("/lexicon/userdict.txt")) {
            if (in == null) {
                return null;
            }
            return UserDictionary.open(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Pooled(KoreanTokenizer tokenizer, CharTermAttribute term, PartOfSpeechAttribute pos,
                          OffsetAttribute offset) {
    }
}
