package app.dearme.platform.text;

/**
 * Korean particles that depend on the preceding word ("페르소나를", "메이커를", "작업을"): user-facing text must not
 * show the "을(를)" fallback for names only known at run time.
 */
public final class Josa {

    private Josa() {
    }

    /** Whether the word ends in a final consonant; digits and a few Latin letters read as Korean speakers say them. */
    public static boolean hasBatchim(String word) {
        if (word == null || word.isEmpty()) {
            return false;
        }
        String w = word.replaceAll("[)\\]'\"\\s]+$", "");
        if (w.isEmpty()) {
            return false;
        }
        char c = w.charAt(w.length() - 1);
        if (c >= 0xAC00 && c <= 0xD7A3) {
            return (c - 0xAC00) % 28 != 0;
        }
        return "136780lmnLMN".indexOf(c) >= 0;
    }

    /** pair like "은/는", "이/가", "을/를", "과/와", "이에요/예요", "으로/로", "이랑/랑", "이야/야". */
    public static String attach(String word, String pair) {
        String[] p = pair.split("/");
        if (pair.equals("으로/로") && !word.isEmpty() && (word.charAt(word.length() - 1) - 0xAC00) % 28 == 8) {
            return word + p[1]; // ㄹ 받침 → 로
        }
        return word + (hasBatchim(word) ? p[0] : p[1]);
    }
}
