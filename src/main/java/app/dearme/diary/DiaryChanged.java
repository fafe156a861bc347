package app.dearme.diary;

import java.time.LocalDate;

/**
 * Published inside the transaction that creates, updates or deletes a diary. Listeners that enqueue
 * jobs (indexing, mental analysis) run in the same transaction, so a committed diary always gets its
 * jobs and a rolled-back one never does. {@code totalCount} is the owner's diary count after the change.
 */
public record DiaryChanged(long userId, long diaryId, Kind kind, LocalDate diaryDate, boolean isPrivate,
                           int totalCount) {

    public enum Kind { CREATED, UPDATED, DELETED }
}
