package app.dearme.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DayMentionsTest {

    /** A Friday. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private static Optional<DayMentions.Days> one(LocalDate d) {
        return Optional.of(new DayMentions.Days(d, d));
    }

    @Test
    void relativeDaysResolveAgainstTheOwnersToday() {
        assertThat(DayMentions.in("오늘 뭐 했어?", TODAY)).isEqualTo(one(TODAY));
        assertThat(DayMentions.in("어제는 어땠어?", TODAY)).isEqualTo(one(TODAY.minusDays(1)));
        assertThat(DayMentions.in("그저께 일기 기억나?", TODAY)).isEqualTo(one(TODAY.minusDays(2)));
        assertThat(DayMentions.in("엊그제 뭐 먹었지", TODAY)).isEqualTo(one(TODAY.minusDays(2)));
        assertThat(DayMentions.in("5일 전에 뭐 했더라", TODAY)).isEqualTo(one(TODAY.minusDays(5)));
        // the first mention decides
        assertThat(DayMentions.in("어제랑 오늘 중에 언제가 더 좋았어?", TODAY)).isEqualTo(one(TODAY.minusDays(1)));
    }

    @Test
    void calendarDatesWithoutAYearAreThePastOnes() {
        assertThat(DayMentions.in("11월 20일에 뭐 했어?", TODAY)).isEqualTo(one(LocalDate.of(2026, 11, 20)));
        assertThat(DayMentions.in("12월 24일 기억나?", TODAY)).isEqualTo(one(LocalDate.of(2025, 12, 24)));
        assertThat(DayMentions.in("2월 30일", TODAY)).isEmpty();
    }

    @Test
    void weeksAndWeekdays() {
        LocalDate monday = LocalDate.of(2026, 11, 23);
        assertThat(DayMentions.in("이번 주 어땠어?", TODAY)).contains(new DayMentions.Days(monday, TODAY));
        assertThat(DayMentions.in("지난주에 제일 좋았던 날은?", TODAY))
                .contains(new DayMentions.Days(monday.minusWeeks(1), monday.minusDays(1)));
        assertThat(DayMentions.in("월요일에 뭐 했어?", TODAY)).isEqualTo(one(monday));
        assertThat(DayMentions.in("금요일 기분은?", TODAY)).isEqualTo(one(TODAY)); // today is a Friday
        assertThat(DayMentions.in("토요일에 어디 갔었지?", TODAY)).isEqualTo(one(LocalDate.of(2026, 11, 21)));
        assertThat(DayMentions.in("저번 주 수요일에 뭐 했어?", TODAY)).isEqualTo(one(LocalDate.of(2026, 11, 18)));
    }

    @Test
    void messagesWithoutADayHaveNone() {
        assertThat(DayMentions.in("요즘 기타 배우는 거 어때?", TODAY)).isEmpty();
        assertThat(DayMentions.in("일요일마다 뭐 하는 거 좋아해?", TODAY)).isPresent(); // a weekday is still a day
        assertThat(DayMentions.in("", TODAY)).isEmpty();
        assertThat(DayMentions.in(null, TODAY)).isEmpty();
    }
}
