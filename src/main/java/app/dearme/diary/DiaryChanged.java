package app.dearme.diary;

import java.time.LocalDate;

/**
 * Published inside the transaction that creates, updates or deletes a diary. Other modules react with
 * {@code @ApplicationModuleListener}s (mental analysis, milestones): their event publications are stored in the
 * same transaction and delivered after commit, so a committed diary always gets its reactions (retried until they
 * complete) and a rolled-back one never does. {@code totalCount} is the owner's diary count after the change.
 */
public record DiaryChanged(long userId, long diaryId, Kind kind, LocalDate diaryDate, boolean isPrivate,
                           int totalCount) {

    public enum Kind { CREATED, UPDATED, DELETED }
}
