package app.dearme.diary;

import app.dearme.vocabulary.Mood;

import app.dearme.vocabulary.DiaryText;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StatsMathTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 2);

    private static List<DiaryStore.DayMood> days(LocalDate... dates) {
        return java.util.Arrays.stream(dates).sorted().map(d -> new DiaryStore.DayMood(d, Mood.HAPPY, 1)).toList();
    }

    @Test
    void streakCrossesMonthAndLeapDayBoundaries() {
        var s = StatsMath.compute(days(LocalDate.of(2024, 2, 28), LocalDate.of(2024, 2, 29), LocalDate.of(2024, 3, 1)),
                LocalDate.of(2024, 3, 1));
        assertThat(s.currentStreak()).isEqualTo(3);
        assertThat(s.longestStreak()).isEqualTo(3);
    }

    @Test
    void currentStreakIsZeroWhenYesterdayIsMissingToo() {
        var s = StatsMath.compute(days(TODAY.minusDays(2), TODAY.minusDays(3)), TODAY);
        assertThat(s.currentStreak()).isZero();
        assertThat(s.longestStreak()).isEqualTo(2);
    }

    @Test
    void weeklyAverageUsesAtLeastSevenDaysAndOneDecimal() {
        assertThat(StatsMath.compute(days(TODAY), TODAY).weeklyAverage()).isEqualTo(1.0);
        var year = IntStream.range(0, 365).mapToObj(i -> TODAY.minusDays(i)).toArray(LocalDate[]::new);
        assertThat(StatsMath.compute(days(year), TODAY).weeklyAverage()).isEqualTo(7.0);
        // 2 diaries 29 days apart: 2 ÷ 30 × 7 = 0.466… → 0.5
        assertThat(StatsMath.compute(days(TODAY, TODAY.minusDays(29)), TODAY).weeklyAverage()).isEqualTo(0.5);
    }

    @Test
    void positiveRatioIgnoresDiariesWithoutMood() {
        assertThat(DiaryInsights.positiveRatio(java.util.Arrays.asList(Mood.HAPPY, null, Mood.SAD, Mood.CALM))).isEqualTo(0.67);
        assertThat(DiaryInsights.positiveRatio(java.util.Arrays.asList(null, null))).isNull();
    }

    @Test
    void dominantMoodTieGoesToTheMostRecent() {
        var week = List.of(new app.dearme.vocabulary.DiaryText(1, TODAY.minusDays(2), "t", "c", Mood.SAD, null),
                new app.dearme.vocabulary.DiaryText(2, TODAY.minusDays(1), "t", "c", Mood.HAPPY, null));
        assertThat(DiaryInsights.dominantMood(week)).isEqualTo(Mood.HAPPY);
    }
}
