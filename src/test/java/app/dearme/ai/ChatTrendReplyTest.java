package app.dearme.ai;

import app.dearme.vocabulary.PersonaLevel;

import static org.assertj.core.api.Assertions.assertThat;

import app.dearme.ai.ChatRequest.Customization;
import app.dearme.ai.ChatRequest.PersonaProfile;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "나 요즘 어때 보여?" on the local engine: answered from the week-over-week analyses, never for friends. */
class ChatTrendReplyTest {

    private final LocalKoreanEngine engine = Corpus.engine();

    private static final PersonaProfile ME = new PersonaProfile("나", "성격", List.of("차분한"), List.of("독서"), "반말", PersonaLevel.COMPLETE);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    private static ChatRequest ask(String q, MentalTrend trend, boolean friend, String tone) {
        return new ChatRequest(ME, new Customization(tone, false, List.of(), null), List.of(), List.of(), q, friend, 0,
                TODAY, trend);
    }

    @Test
    void aDropInVitalityIsSaidInWordsComparedWithLastWeek() {
        MentalTrend t = new MentalTrend(TODAY, new MentalScores(60, 40, 60, 60, 60, 60), 4,
                new MentalScores(60, 62, 50, 60, 60, 60), 5);
        String reply = engine.chatReply(ask("나 요즘 어때 보여?", t, false, null), ChunkSink.IGNORE);
        assertThat(reply).startsWith("요즘 활력이 좀 떨어져 보여. 지난주보다").contains("자존감은 오히려 올라갔어")
                .doesNotContain("모르겠").doesNotContainPattern("[0-9]");
        String formal = engine.chatReply(ask("나 요즘 어때 보여?", t, false, "formal"), ChunkSink.IGNORE);
        assertThat(formal).startsWith("요즘 활력이 조금 떨어져 보여요.");
    }

    @Test
    void withoutAPreviousWeekTheLowestAxisIsNamedAndWithoutAnalysesItSaysSoNotIDontKnow() {
        MentalTrend t = new MentalTrend(TODAY, new MentalScores(70, 70, 70, 70, 35, 70), 2, null, 0);
        assertThat(engine.chatReply(ask("내 상태 어때?", t, false, null), ChunkSink.IGNORE))
                .contains("사람들과의 연결감이 좀 낮아 보여").contains("안부");
        assertThat(engine.chatReply(ask("나 요즘 어때 보여?", null, false, null), ChunkSink.IGNORE))
                .contains("마음 분석").doesNotContain("모르겠");
    }

    @Test
    void friendsNeverHearTheOwnersAnalysesEvenIfGivenOne() {
        MentalTrend t = new MentalTrend(TODAY, new MentalScores(60, 40, 60, 60, 60, 60), 4,
                new MentalScores(60, 62, 58, 60, 60, 60), 5);
        String reply = engine.chatReply(ask("요즘 나 어때 보여?", t, true, null), ChunkSink.IGNORE);
        assertThat(reply).doesNotContain("활력").doesNotContain("지난주");
    }
}
