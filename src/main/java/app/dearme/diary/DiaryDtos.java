package app.dearme.diary;

import app.dearme.vocabulary.Mood;
import app.dearme.vocabulary.Weather;
import app.dearme.platform.validation.CodePointSize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** Request and response shapes of the diary API (JSON is snake_case). */
final class DiaryDtos {

    static final int TITLE_MAX = 200;
    static final int CONTENT_MAX = 20_000;

    private DiaryDtos() {
    }

    record Diary(long id, String title, String content, Mood mood, Weather weather, LocalDate diaryDate,
                 boolean isPrivate, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
    }

    /**
     * A diary's editable fields and their rules (SPEC §5), the one place they are written: Bean Validation checks them
     * on create, and {@link DiaryRules} runs the same constraints on a patched diary and on each imported entry.
     * Lengths count code points (an emoji is one character); mood and weather keys and the writing window are
     * checked by {@link DiaryRules}.
     */
    record CreateDiary(
            @NotBlank(message = "{dearme.diary.titleRequired}")
            @CodePointSize(max = TITLE_MAX, stripped = true, message = "{dearme.diary.titleMax}") String title,
            @NotBlank(message = "{dearme.diary.contentRequired}")
            @CodePointSize(max = CONTENT_MAX, message = "{dearme.diary.contentMax}") String content,
            String mood, String weather,
            @NotNull(message = "{dearme.diary.dateRequired}") LocalDate diaryDate,
            Boolean isPrivate) {
    }

    /** PATCH /diaries/{id} (documentation only: the handler reads a JSON tree to tell an absent field from null). */
    record PatchDiary(String title, String content, String mood, String weather, Boolean isPrivate) {
    }

    record Page(List<Diary> items, long total, int page, int perPage) {
    }

    record Count(long count) {
    }

    record Stats(long totalCount, int currentStreak, int longestStreak, Map<String, Long> moodDistribution,
                 Map<String, Long> monthlyCount, double weeklyAverage) implements Serializable {
    }

    record CalendarItem(LocalDate diaryDate, Mood mood, long diaryId) {
    }

    record Calendar(int year, int month, List<CalendarItem> items) {
    }

    record WeeklyInsight(int diaryCount, double positiveRatio, Double positiveRatioChange, int currentStreak,
                         String summary, LocalDate lastDiaryDate, Mood dominantMood) {
    }

    record Prompt(String title, String description) {
    }

    record Prompts(List<Prompt> prompts) {
    }

    record ImportError(Integer index, String uuid, String message) {
    }

    record ImportResult(int imported, int skipped, List<ImportError> errors) {
    }

    record Reindexed(int reindexed) {
    }
}
