package app.dearme.diary;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Builds the retrieval index of a diary (Nori morphemes, stored as a 'simple' tsvector) and the matching
 * tsquery for a search text. The hash covers the analyser version, so changing the analysis re-indexes.
 */
@Component
class DiaryIndexer {

    static final String ANALYSIS_VERSION = "ai-korean-analyzer-v2-compounds";

    private final Morphemes morphemes;

    DiaryIndexer(Morphemes morphemes) {
        this.morphemes = morphemes;
    }

    record Index(String hash, String titleLexemes, String contentLexemes) {
    }

    Index index(String title, String content) {
        return new Index(hash(title, content), String.join(" ", morphemes.terms(title)),
                String.join(" ", morphemes.terms(content)));
    }

    static String hash(String title, String content) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update((ANALYSIS_VERSION + "\n" + title + "\n").getBytes(StandardCharsets.UTF_8));
            md.update(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A tsquery over the analysed lexemes of {@code text}, every lexeme quoted so user input can never
     * inject tsquery operators; {@code all} joins with AND, else OR. Empty when nothing is left after analysis.
     */
    Optional<String> tsquery(String text, boolean all) {
        return tsquery(morphemes.of(text), all);
    }

    /** The same over already analysed terms. */
    static Optional<String> tsquery(java.util.Collection<String> lexemes, boolean all) {
        if (lexemes.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LinkedHashSet<>(lexemes).stream().limit(64)
                .map(l -> "'" + l.replace("\\", "\\\\").replace("'", "''") + "'")
                .collect(Collectors.joining(all ? " & " : " | ")));
    }
}
