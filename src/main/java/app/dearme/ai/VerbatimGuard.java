package app.dearme.ai;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * SPEC §7 friend chats: a reply must not share a run of 12+ characters (after whitespace
 * normalisation) with the owner's diaries, except very common phrases. Stateless and thread-safe.
 */
public final class VerbatimGuard {

    public static final int MIN_RUN = 12;

    /** Everyday phrases that may coincide with a diary without revealing it (whitespace-free). */
    private static final Set<String> COMMON = Set.of("오늘하루도수고했어", "오늘하루도수고했어요", "정말고마워요", "진짜너무좋았다",
            "오늘은정말피곤했다", "오늘도좋은하루였다", "다음에또만나자");

    private VerbatimGuard() {
    }

    /** True when the reply shares a 12+ character run with any source text. */
    public static boolean overlaps(String reply, List<String> sources) {
        return !spans(reply, sources).isEmpty();
    }

    /** The reply with every shared run replaced by "…", or the reply itself when nothing is shared. */
    public static String redact(String reply, List<String> sources) {
        List<int[]> spans = spans(reply, sources);
        if (spans.isEmpty()) {
            return reply;
        }
        boolean[] cut = new boolean[reply.length()];
        for (int[] s : spans) {
            for (int i = s[0]; i < s[1]; i++) {
                cut[i] = true;
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < reply.length(); i++) {
            if (!cut[i]) {
                out.append(reply.charAt(i));
            } else if (i == 0 || !cut[i - 1]) {
                out.append('…');
            }
        }
        return out.toString();
    }

    /** Shared runs as [start, end) offsets into the original reply. */
    private static List<int[]> spans(String reply, List<String> sources) {
        List<int[]> out = new ArrayList<>();
        if (reply == null || sources == null) {
            return out;
        }
        StringBuilder norm = new StringBuilder();
        List<Integer> pos = new ArrayList<>();
        for (int i = 0; i < reply.length(); i++) {
            if (!Character.isWhitespace(reply.charAt(i))) {
                norm.append(reply.charAt(i));
                pos.add(i);
            }
        }
        List<String> normSources = sources.stream().filter(s -> s != null).map(s -> s.replaceAll("\\s+", "")).toList();
        for (int i = 0; i + MIN_RUN <= norm.length(); i++) {
            String window = norm.substring(i, i + MIN_RUN);
            if (COMMON.stream().anyMatch(c -> c.contains(window))) {
                continue;
            }
            for (String src : normSources) {
                if (src.contains(window)) {
                    out.add(new int[] {pos.get(i), pos.get(i + MIN_RUN - 1) + 1});
                    break;
                }
            }
        }
        return out;
    }
}
