package app.dearme.chat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tells whether a reply shares text verbatim with diaries (SPEC §7): any run of {@link #MIN_RUN}+ characters
 * after normalisation. Normalisation is stricter than "whitespace": NFKC, lower case, and only letters and
 * digits are kept, so re-spacing or punctuation cannot smuggle a diary sentence out. Windows that lie inside a
 * very common phrase, or are near-constant ("ㅋㅋㅋㅋ…"), do not count, and neither does text the reader already
 * has ({@code known}). Linear time: a rolling hash over every source, verified on hit.
 */
final class OverlapChecker {

    static final int MIN_RUN = 12;
    private static final long BASE = 1_000_003L;

    /** Everyday phrases a persona may legitimately share with a diary. */
    static final List<String> COMMON_PHRASES = List.of(
            "오늘 하루도 정말 수고 많았어", "오늘 하루도 수고 많았어요", "오늘도 수고했어 푹 쉬어", "정말 고마워 덕분에 힘이 났어",
            "무슨 일이 있었는지 더 얘기해 줄래", "어떤 하루를 보냈는지 궁금해", "너무 무리하지 말고 푹 쉬어",
            "나도 그렇게 생각해 정말 그래", "오늘 날씨가 정말 좋았어요", "맛있는 거 먹고 푹 쉬었으면 좋겠어");

    private final Set<String> commonWindows = new HashSet<>();

    OverlapChecker() {
        this(COMMON_PHRASES);
    }

    OverlapChecker(Collection<String> commonPhrases) {
        for (String p : commonPhrases) {
            String n = normalize(p);
            for (int i = 0; i + MIN_RUN <= n.length(); i++) {
                commonWindows.add(n.substring(i, i + MIN_RUN));
            }
        }
    }

    /** NFC form; replies are checked in this form so composed and decomposed Hangul match. */
    static String canonical(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    boolean overlaps(String reply, Collection<String> sources) {
        return overlaps(reply, sources, List.of());
    }

    /**
     * True when {@code reply} shares a counted run with some source. A reply character that is part of any
     * two-character run also found in {@code known} (what the reader wrote, was shown, may view) never counts,
     * so an echo of the reader's own words — alone or joined to the engine's words — cannot match a source,
     * and the answer cannot tell the reader whether a source contains what they wrote.
     */
    boolean overlaps(String reply, Collection<String> sources, Collection<String> known) {
        String r = normalize(canonical(reply));
        int n = r.length();
        if (n < MIN_RUN || sources.isEmpty()) {
            return false;
        }
        boolean[] excluded = knownPositions(r, known);
        long pow = 1;
        for (int i = 1; i < MIN_RUN; i++) {
            pow *= BASE;
        }
        Map<Long, List<Integer>> windows = new HashMap<>();
        long h = 0;
        for (int i = 0; i < n; i++) {
            h = h * BASE + r.charAt(i);
            if (i >= MIN_RUN - 1) {
                int start = i - MIN_RUN + 1;
                if (!anyExcluded(excluded, start)) {
                    windows.computeIfAbsent(h, k -> new ArrayList<>(1)).add(start);
                }
                h -= r.charAt(start) * pow;
            }
        }
        for (String source : sources) {
            if (source != null && sharesWindow(r, windows, normalize(canonical(source)), pow)) {
                return true;
            }
        }
        return false;
    }

    private boolean sharesWindow(String r, Map<Long, List<Integer>> windows, String s, long pow) {
        long sh = 0;
        for (int i = 0; i < s.length(); i++) {
            sh = sh * BASE + s.charAt(i);
            if (i >= MIN_RUN - 1) {
                int start = i - MIN_RUN + 1;
                for (int rs : windows.getOrDefault(sh, List.of())) {
                    if (r.regionMatches(rs, s, start, MIN_RUN) && counts(r.substring(rs, rs + MIN_RUN))) {
                        return true;
                    }
                }
                sh -= s.charAt(start) * pow;
            }
        }
        return false;
    }

    private static boolean[] knownPositions(String reply, Collection<String> known) {
        boolean[] excluded = new boolean[reply.length()];
        Set<String> bigrams = new HashSet<>();
        for (String k : known) {
            String n = k == null ? "" : normalize(canonical(k));
            for (int i = 0; i + 2 <= n.length(); i++) {
                bigrams.add(n.substring(i, i + 2));
            }
        }
        for (int i = 0; i + 2 <= reply.length(); i++) {
            if (bigrams.contains(reply.substring(i, i + 2))) {
                excluded[i] = true;
                excluded[i + 1] = true;
            }
        }
        return excluded;
    }

    private static boolean anyExcluded(boolean[] excluded, int start) {
        for (int k = start; k < start + MIN_RUN; k++) {
            if (excluded[k]) {
                return true;
            }
        }
        return false;
    }

    private boolean counts(String window) {
        if (commonWindows.contains(window)) {
            return false;
        }
        return window.chars().distinct().count() > 2;
    }

    /** Letters and digits only, NFKC and lower case outside ASCII and Hangul syllables. */
    static String normalize(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80 || (cp >= 0xAC00 && cp <= 0xD7A3)) {
                if (Character.isLetterOrDigit(cp)) {
                    out.append(cp < 0x80 ? Character.toLowerCase((char) cp) : (char) cp);
                }
                continue;
            }
            String piece = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC)
                    .toLowerCase(Locale.ROOT);
            for (int k = 0; k < piece.length(); k++) {
                if (Character.isLetterOrDigit(piece.charAt(k))) {
                    out.append(piece.charAt(k));
                }
            }
        }
        return out.toString();
    }
}
