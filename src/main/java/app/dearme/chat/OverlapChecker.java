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
 * Finds text a reply shares verbatim with diaries (SPEC §7): any run of {@link #MIN_RUN}+ characters
 * after normalisation. Normalisation is stricter than "whitespace": NFKC, lower case, and only letters
 * and digits are kept, so re-spacing or punctuation cannot smuggle a diary sentence out. Windows that
 * lie inside a very common phrase, or are near-constant ("ㅋㅋㅋㅋ…"), are not counted. Linear time:
 * a rolling hash over every source, verified on hit.
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
            String n = normalize(p).text();
            for (int i = 0; i + MIN_RUN <= n.length(); i++) {
                commonWindows.add(n.substring(i, i + MIN_RUN));
            }
        }
    }

    /** NFC form; replies are checked and redacted in this form so composed and decomposed Hangul match. */
    static String canonical(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** Spans [start, end) in {@code reply} (give it in {@link #canonical} form) shared with some source. */
    List<int[]> overlaps(String reply, Collection<String> sources) {
        Norm r = normalize(reply);
        int n = r.text().length();
        if (n < MIN_RUN || sources.isEmpty()) {
            return List.of();
        }
        long pow = 1;
        for (int i = 1; i < MIN_RUN; i++) {
            pow *= BASE;
        }
        Map<Long, List<Integer>> windows = new HashMap<>();
        long h = 0;
        for (int i = 0; i < n; i++) {
            h = h * BASE + r.text().charAt(i);
            if (i >= MIN_RUN - 1) {
                int start = i - MIN_RUN + 1;
                windows.computeIfAbsent(h, k -> new ArrayList<>(1)).add(start);
                h -= r.text().charAt(start) * pow;
            }
        }
        boolean[] covered = new boolean[n];
        boolean any = false;
        for (String source : sources) {
            if (source == null) {
                continue;
            }
            String s = normalize(Normalizer.normalize(source, Normalizer.Form.NFC)).text();
            long sh = 0;
            for (int i = 0; i < s.length(); i++) {
                sh = sh * BASE + s.charAt(i);
                if (i >= MIN_RUN - 1) {
                    int start = i - MIN_RUN + 1;
                    List<Integer> hits = windows.get(sh);
                    if (hits != null) {
                        for (int rs : hits) {
                            if (r.text().regionMatches(rs, s, start, MIN_RUN) && counts(r.text().substring(rs, rs + MIN_RUN))) {
                                for (int k = rs; k < rs + MIN_RUN; k++) {
                                    covered[k] = true;
                                }
                                any = true;
                            }
                        }
                    }
                    sh -= s.charAt(start) * pow;
                }
            }
        }
        return any ? spans(covered, r) : List.of();
    }

    /** Replaces every shared span with {@code mask}. */
    static String redact(String reply, List<int[]> spans, String mask) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (int[] span : spans) {
            out.append(reply, at, span[0]).append(mask);
            at = span[1];
        }
        return out.append(reply.substring(at)).toString();
    }

    private boolean counts(String window) {
        if (commonWindows.contains(window)) {
            return false;
        }
        return window.chars().distinct().count() > 2;
    }

    private static List<int[]> spans(boolean[] covered, Norm r) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < covered.length) {
            if (!covered[i]) {
                i++;
                continue;
            }
            int j = i;
            while (j < covered.length && covered[j]) {
                j++;
            }
            int start = r.origin()[i];
            int end = r.originEnd()[j - 1];
            if (!out.isEmpty() && out.getLast()[1] >= start) {
                out.getLast()[1] = Math.max(out.getLast()[1], end);
            } else {
                out.add(new int[] {start, end});
            }
            i = j;
        }
        return out;
    }

    /** Normalised text plus, per kept char, where it starts and ends in the original string. */
    record Norm(String text, int[] origin, int[] originEnd) {
    }

    static Norm normalize(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int[] origin = new int[s.length() * 2 + 4];
        int[] originEnd = new int[s.length() * 2 + 4];
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (cp < 0x80 || (cp >= 0xAC00 && cp <= 0xD7A3)) {
                if (Character.isLetterOrDigit(cp)) {
                    if (out.length() >= origin.length) {
                        origin = java.util.Arrays.copyOf(origin, origin.length * 2);
                        originEnd = java.util.Arrays.copyOf(originEnd, originEnd.length * 2);
                    }
                    origin[out.length()] = i;
                    originEnd[out.length()] = next;
                    out.append(cp < 0x80 ? Character.toLowerCase((char) cp) : (char) cp);
                }
                i = next;
                continue;
            }
            String piece = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC)
                    .toLowerCase(Locale.ROOT);
            for (int k = 0; k < piece.length(); k++) {
                char c = piece.charAt(k);
                if (Character.isLetterOrDigit(c)) {
                    if (out.length() >= origin.length) {
                        origin = java.util.Arrays.copyOf(origin, origin.length * 2);
                        originEnd = java.util.Arrays.copyOf(originEnd, originEnd.length * 2);
                    }
                    origin[out.length()] = i;
                    originEnd[out.length()] = next;
                    out.append(c);
                }
            }
            i = next;
        }
        return new Norm(out.toString(), origin, originEnd);
    }
}
