package app.dearme.diary;

import app.dearme.vocabulary.Mood;
import app.dearme.vocabulary.Weather;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** Request and response shapes of the diary API (JSON is snake_case). */
final class DiaryDtos {

    private DiaryDtos() {
    }

    record Diary(long id, String title, String content, Mood mood, Weather weather, LocalDate diaryDate,
                 boolean isPrivate, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
    }

    /** Types are checked by Jackson; every rule (lengths, keys, window) by {@link DiaryRules}. */
    record CreateDiary(String title, String content, String mood, String weather, LocalDate diaryDate,
                       Boolean isPrivate) {
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
