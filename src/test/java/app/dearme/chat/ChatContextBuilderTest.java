package app.dearme.chat;

import app.dearme.vocabulary.PersonaLevel;

import app.dearme.vocabulary.Mood;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import app.dearme.ai.ChatRequest;
import app.dearme.vocabulary.DiaryText;
import app.dearme.diary.DiaryReader;
import app.dearme.persona.PersonaView;
import app.dearme.user.UserAccount;
import app.dearme.user.UserAccounts;
import app.dearme.user.UserClock;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** SPEC §9.3 context levels in own chats; friend chats get no diary at all (SPEC §7). */
class ChatContextBuilderTest {

    static final String BODY = "가".repeat(400);

    /** 2026-11-27 01:00 in Seoul, still the 26th in UTC: "today" must be the owner's. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T16:00:00Z"), ZoneOffset.UTC);

    private final DiaryReader diaries = mock(DiaryReader.class);
    /** Counts reads of the owner's mental trend: a friend's chat must not make any. */
    private final java.util.concurrent.atomic.AtomicInteger trendReads = new java.util.concurrent.atomic.AtomicInteger();

    private ChatContextBuilder builder(String level) {
        when(diaries.retrieve(eq(1L), anyString(), any(), anyInt())).thenReturn(List.of(new DiaryReader.Hit(
                new DiaryText(9, LocalDate.of(2026, 11, 20), "카페 가는 날", BODY, Mood.HAPPY, app.dearme.vocabulary.Weather.SUNNY), 0.9)));
        UserAccounts users = mock(UserAccounts.class);
        when(users.byId(1L)).thenReturn(Optional.of(new UserAccount(1, "a@b.c", "owner", "x", true, "user", "Asia/Seoul",
                "ko", app.dearme.vocabulary.RagContextLevel.fromWire(level), null, false, null, true, 0, null, null)));
        return new ChatContextBuilder(diaries, (id, today, stale) -> {
            trendReads.incrementAndGet();
            return Optional.empty();
        }, users, ReplyGeneratorTest.PROPS, new UserClock(users, CLOCK));
    }

    @Test
    void aNamedDayPutsThatDaysPublicDiaryFirstInTheOwnersZone() {
        ChatContextBuilder b = builder("standard");
        LocalDate seoulToday = LocalDate.of(2026, 11, 27);
        DiaryText today = new DiaryText(12, seoulToday, "수영 첫 수업", BODY, Mood.EXCITED, null);
        when(diaries.between(1L, seoulToday, seoulToday, false)).thenReturn(List.of(today));
        List<ChatRequest.RetrievedDiary> ctx = b.context(1, "오늘 뭐 했어?", null);
        assertThat(ctx).extracting(ChatRequest.RetrievedDiary::title).containsExactly("수영 첫 수업", "카페 가는 날");
        verify(diaries, never()).between(anyLong(), any(), any(), eq(true));

        LocalDate yesterday = seoulToday.minusDays(1);
        when(diaries.between(1L, yesterday, yesterday, false)).thenReturn(List.of());
        assertThat(b.context(1, "어제 뭐 했어?", null)).extracting(ChatRequest.RetrievedDiary::title)
                .containsExactly("카페 가는 날");
    }

    @Test
    void aNamedWeekLeadsWithItsNewestDiariesWithinTheLimit() {
        ChatContextBuilder b = builder("standard");
        LocalDate monday = LocalDate.of(2026, 11, 16);
        List<DiaryText> lastWeek = List.of(
                new DiaryText(21, monday, "월요일 회의", BODY, Mood.TIRED, null),
                new DiaryText(22, monday.plusDays(2), "수요일 요가", BODY, Mood.CALM, null),
                new DiaryText(23, monday.plusDays(4), "금요일 회식", BODY, Mood.HAPPY, null),
                new DiaryText(24, monday.plusDays(6), "일요일 늦잠", BODY, Mood.CALM, null));
        when(diaries.between(1L, monday, monday.plusDays(6), false)).thenReturn(lastWeek);
        assertThat(b.context(1, "지난주 어땠어?", null)).extracting(ChatRequest.RetrievedDiary::title)
                .containsExactly("일요일 늦잠", "금요일 회식", "수요일 요가");
        // the named week already fills the context: no full-text query for the same turn
        verify(diaries, never()).retrieve(eq(1L), eq("지난주 어땠어?"), any(), anyInt());
    }

    @Test
    void minimalGivesDateAndTitleOnly() {
        ChatRequest.RetrievedDiary d = builder("minimal").context(1, "카페", null).getFirst();
        assertThat(d.title()).isEqualTo("카페 가는 날");
        assertThat(d.mood()).isNull();
        assertThat(d.snippet()).isNull();
    }

    @Test
    void standardAddsMood() {
        ChatRequest.RetrievedDiary d = builder("standard").context(1, "카페", null).getFirst();
        assertThat(d.mood()).isEqualTo(Mood.HAPPY);
        assertThat(d.snippet()).isNull();
    }

    @Test
    void detailedAddsTheFirst150CharactersInOwnChatsOnly() {
        assertThat(builder("detailed").context(1, "카페", null).getFirst().snippet()).hasSize(150);
    }

    @Test
    void aFriendChatGetsTheProfileButNoDiaryDateOrToday() {
        ChatContextBuilder b = builder("detailed");
        var persona = new PersonaView(5, 1, "민지의 AI", "밝다", List.of("사교적"), List.of("카페"), "반말", "요약", true,
                null, PersonaLevel.COMPLETE, null, null, null);
        var chat = new ChatDtos.ChatView(3, 5, "민지의 AI", false, null, null, null);
        var message = new ChatDtos.Message(11, 3, "user", "어제 카페 갔던 날 기억나?", null);
        ChatRequest req = b.build(new ChatTurnSteps.Prepared(2, chat, persona, true, message, List.of(), 0, null), null);
        assertThat(req.context()).isEmpty();
        assertThat(req.today()).isNull();
        assertThat(req.persona().interests()).containsExactly("카페");
        org.mockito.Mockito.verifyNoInteractions(diaries);
        assertThat(req.trend()).as("no mental trend (per-diary moods in aggregate) for a friend").isNull();
        assertThat(trendReads).hasValue(0);
    }
}
