package app.dearme.ai.local;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.dearme.ai.SafetyResult;

/**
 * Self-harm / suicide signal screen (SPEC §9.4), Korean and English. Conservative on real signals,
 * but negated ("죽고 싶지 않아", "I don't want to die") and figurative uses ("웃겨 죽겠다",
 * "죽을 만큼 맛있다", "자살골") are not flagged. "죽겠다" alone is treated as figurative: in Korean
 * diaries it is overwhelmingly an intensifier.
 */
public final class SafetyScreen {

    private record Signal(String label, Pattern pattern) {
    }

    private static final List<Signal> KOREAN = List.of(
            new Signal("죽고 싶다", Pattern.compile("죽고\\s*싶|죽어\\s*버리고\\s*싶|죽었으면\\s*좋겠|죽어야\\s*(겠|할까|하나)")),
            new Signal("자살", Pattern.compile("자살(?!\\s*골)(?!\\s*예방)(?!\\s*방지)")),
            new Signal("자해", Pattern.compile("자해")),
            new Signal("사라지고 싶다", Pattern.compile("(사라지고|없어지고|사라져\\s*버리고)\\s*싶|사라졌으면\\s*좋겠")),
            new Signal("살기 싫다", Pattern.compile("살기\\s*싫|살고\\s*싶지\\s*않|살\\s*이유가\\s*없|사는\\s*게\\s*의미\\s*없|살아야\\s*할\\s*이유")),
            new Signal("극단적 선택", Pattern.compile("극단적\\s*(인\\s*)?선택|목숨을\\s*끊|생을\\s*마감|세상을\\s*떠나고\\s*싶|유서")),
            new Signal("손목", Pattern.compile("손목을?\\s*(긋|그었|그을)")),
            new Signal("뛰어내리고 싶다", Pattern.compile("뛰어내리고\\s*싶|뛰어내릴까")));

    private static final List<Signal> ENGLISH = List.of(
            new Signal("kill myself", Pattern.compile("\\bkill(ing)?\\s+myself\\b")),
            new Signal("suicide", Pattern.compile("\\bsuicid(e|al)\\b(?!\\s+squad)")),
            new Signal("self-harm", Pattern.compile("\\bself[- ]?harm|\\bhurt(ing)?\\s+myself\\b|\\bcut(ting)?\\s+myself\\b")),
            new Signal("want to die", Pattern.compile("\\b(want|wanna|wish)\\s+(to\\s+)?(die|be\\s+dead)\\b")),
            new Signal("end my life", Pattern.compile("\\bend(ing)?\\s+(my|it)\\s+(life|all)\\b|\\btake\\s+my\\s+(own\\s+)?life\\b")),
            new Signal("no reason to live", Pattern.compile("\\bno\\s+reason\\s+to\\s+live\\b|\\b(don'?t|do\\s+not)\\s+want\\s+to\\s+live\\b")));

    /** Korean negation right after the match: 죽고 싶지 않아 / 싶진 않 / 싶은 건 아니 / 생각은 없 … */
    private static final Pattern KO_NEGATED_AFTER = Pattern.compile(
            "^\\s*(지|진|지는|지도|지만은)\\s*(않|안\\s|아니)|^\\s*(은|는|다는|단)\\s*(건|게|것은|것도)?\\s*아니");
    private static final Pattern KO_NEGATED_THOUGHT = Pattern.compile(
            "^[가-힣]{0,2}\\s*(생각|마음)(은|이|도|까지는)?\\s*(전혀\\s*|절대\\s*)?(없|안\\s)");
    /** Figurative: 죽고 싶을 만큼 맛있다 / 웃겨서 죽고 싶을 정도 … */
    private static final Pattern KO_FIGURATIVE_AFTER = Pattern.compile(
            "^[가-힣]{0,2}\\s*(만큼|정도로?)\\s*(맛있|좋|행복|웃기|웃겼|재밌|재미있|귀엽|예쁘|설레)");
    private static final Pattern EN_NEGATED_BEFORE = Pattern.compile(
            "(\\b(don'?t|do\\s+not|never|not|won'?t|wouldn'?t|no\\s+longer)\\b[\\w\\s']{0,12})$");

    public SafetyResult screen(String text) {
        if (text == null || text.isBlank()) {
            return SafetyResult.CLEAR;
        }
        String t = Normalizer.normalize(text, Normalizer.Form.NFC);
        Set<String> hits = new LinkedHashSet<>();
        for (Signal s : KOREAN) {
            Matcher m = s.pattern().matcher(t);
            while (m.find()) {
                String after = t.substring(m.end(), Math.min(t.length(), m.end() + 16));
                if (KO_NEGATED_AFTER.matcher(after).find() || KO_NEGATED_THOUGHT.matcher(after).find()
                        || KO_FIGURATIVE_AFTER.matcher(after).find()) {
                    continue;
                }
                hits.add(s.label());
                break;
            }
        }
        String lower = t.toLowerCase(Locale.ROOT);
        for (Signal s : ENGLISH) {
            Matcher m = s.pattern().matcher(lower);
            while (m.find()) {
                String before = lower.substring(Math.max(0, m.start() - 24), m.start());
                String after = lower.substring(m.end(), Math.min(lower.length(), m.end() + 20));
                boolean negated = EN_NEGATED_BEFORE.matcher(before).find()
                        && !s.label().equals("no reason to live");
                boolean prevention = after.matches("^\\s*(prevention|awareness|hotline)\\b.*");
                if (negated || prevention) {
                    continue;
                }
                hits.add(s.label());
                break;
            }
        }
        return hits.isEmpty() ? SafetyResult.CLEAR : new SafetyResult(true, new ArrayList<>(hits));
    }
}
