package app.dearme.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DayMentionsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @Test
    void relativeDaysResolveAgainstTheOwnersToday() {
        assertThat(DayMentions.in("오늘 뭐 했어?", TODAY)).contains(TODAY);
        assertThat(DayMentions.in("어제는 어땠어?", TODAY)).contains(TODAY.minusDays(1));
        assertThat(DayMentions.in("그저께 일기 기억나?", TODAY)).contains(TODAY.minusDays(2));
        assertThat(DayMentions.in("엊그제 뭐 먹었지", TODAY)).contains(TODAY.minusDays(2));
        // the first mention decides
        assertThat(DayMentions.in("어제랑 오늘 중에 언제가 더 좋았어?", TODAY)).contains(TODAY.minusDays(1));
    }

    @Test
    void messagesWithoutADayHaveNone() {
        assertThat(DayMentions.in("요즘 기타 배우는 거 어때?", TODAY)).isEmpty();
        assertThat(DayMentions.in("", TODAY)).isEmpty();
        assertThat(DayMentions.in(null, TODAY)).isEmpty();
    }
}
