package app.dearme.diary;

import app.dearme.vocabulary.DiaryText;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The diary module's read API for other modules (persona, chat, mental, reports). Privacy is part of
 * the contract: methods named "Public" never return a private diary.
 */
public interface DiaryReader {

    /** Up to {@code limit} non-private diaries, newest diary_date first. */
    List<DiaryText> recentPublic(long userId, int limit);

    int countPublic(long userId);

    int countAll(long userId);

    /** The owner's diary (private included), for the owner's own analysis. */
    Optional<DiaryText> owned(long userId, long diaryId);

    /** Diaries with diary_date in [from, to], ascending; private ones only when {@code includePrivate}. */
    List<DiaryText> between(long userId, LocalDate from, LocalDate to, boolean includePrivate);

    /**
     * Retrieval for chats (SPEC §9.3): the owner's NON-PRIVATE diaries ranked by Korean full-text relevance
     * to {@code query}, best first, at most {@code limit}, above a minimum relevance.
     */
    default List<Hit> retrieve(long ownerId, String query, int limit) {
        return retrieve(ownerId, query, null, limit);
    }

    /**
     * Hybrid retrieval: with {@code queryVector} (the query's embedding, when a provider is configured) the
     * full-text ranking and the cosine-similarity ranking over stored embeddings are fused by reciprocal rank
     * fusion; without it, full text alone. Same privacy rule: never a private diary. Compute the vector before
     * calling: this method runs in a read transaction and must not wait on a provider.
     */
    List<Hit> retrieve(long ownerId, String query, float[] queryVector, int limit);

    /** Every diary text of the owner (private included) — only for leak checks, never for output. */
    List<String> allTexts(long ownerId);

    /** Latest diary date of the user, if any. */
    Optional<LocalDate> lastDiaryDate(long userId);

    /** How many diaries (all users) were created at or after {@code since}: an operations figure, no content. */
    long countCreatedSince(OffsetDateTime since);

    record Hit(DiaryText diary, double score) {
    }
}
