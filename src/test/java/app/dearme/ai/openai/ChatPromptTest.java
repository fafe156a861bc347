package app.dearme.ai.openai;

import app.dearme.vocabulary.PersonaLevel;

import app.dearme.vocabulary.Mood;

import static org.assertj.core.api.Assertions.assertThat;

import app.dearme.ai.ChatRequest;
import app.dearme.ai.ChatRequest.Customization;
import app.dearme.ai.ChatRequest.PersonaProfile;
import app.dearme.ai.ChatRequest.RetrievedDiary;
import app.dearme.ai.MentalScores;
import app.dearme.ai.MentalTrend;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The OpenAI-compatible engine gets the same facts as the local one: trend, interests, the first diary first. */
class ChatPromptTest {

    private static final PersonaProfile P = new PersonaProfile("나", "다정함", List.of("따뜻한"), List.of("등산", "고양이"),
            "반말", PersonaLevel.COMPLETE);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final MentalTrend TREND = new MentalTrend(TODAY, new MentalScores(60, 40, 60, 60, 60, 60), 4,
            new MentalScores(60, 62, 50, 60, 60, 60), 5);
    private static final List<RetrievedDiary> CONTEXT = List.of(
            new RetrievedDiary(TODAY.minusDays(3), "동물병원", Mood.ANXIOUS, null),
            new RetrievedDiary(TODAY.minusDays(2), "비 오는 날", Mood.CALM, null));

    private static String system(boolean friend) {
        ChatRequest req = new ChatRequest(P, Customization.NONE, List.of(), friend ? List.of() : CONTEXT,
                "나 요즘 어때 보여?", friend, 0, friend ? null : TODAY, friend ? null : TREND);
        return ChatPrompt.messages(req).get(0).content();
    }

    @Test
    void ownChatsGetTheTrendTheInterestsAndTheBestDiaryFirst() {
        String s = system(false);
        assertThat(s).contains("활력 40").contains("그 전 일주일").contains("등산, 고양이");
        assertThat(s).contains("첫 번째 일기");
        assertThat(s.indexOf("동물병원")).isLessThan(s.indexOf("비 오는 날"));
    }

    @Test
    void friendChatsGetNeitherTrendNorDiaries() {
        String s = system(true);
        assertThat(s).doesNotContain("활력 40").doesNotContain("동물병원").contains("등산, 고양이");
    }
}
