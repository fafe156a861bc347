package app.dearme.ai;

import static org.assertj.core.api.Assertions.assertThat;

import app.dearme.ai.ChatRequest.Customization;
import app.dearme.ai.ChatRequest.PersonaProfile;
import app.dearme.ai.SpeakingStyle.Formality;
import app.dearme.ai.SpeakingStyle.Frequency;
import app.dearme.ai.SpeakingStyle.SentenceLength;
import app.dearme.vocabulary.PersonaLevel;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The speaking style is data the engines read; its prose is display only. */
class SpeakingStyleTest {

    private final LocalKoreanEngine engine = Corpus.engine();

    private static ChatRequest request(String prose, SpeakingStyle style, Customization c) {
        return new ChatRequest(new PersonaProfile("나", "", List.of(), List.of(), prose, PersonaLevel.COMPLETE, style),
                c, List.of(), List.of(), "안녕", false, 1);
    }

    @Test
    void diaryPersonasCarryTheMeasuredStyle() {
        SpeakingStyle emoji = engine.personaFromDiaries(Corpus.byUser("emoji")).style();
        assertThat(emoji.formality()).isEqualTo(Formality.BANMAL);
        assertThat(emoji.emoji()).isEqualTo(Frequency.OFTEN);
        assertThat(emoji.laughter()).isNotEqualTo(Frequency.RARELY);
        assertThat(engine.personaFromDiaries(Corpus.byUser("calm")).style().emoji()).isEqualTo(Frequency.RARELY);
        assertThat(engine.personaFromDiaries(Corpus.byUser("hapnida")).style().formality()).isEqualTo(Formality.HAPNIDA);
        assertThat(engine.personaFromDiaries(Corpus.byUser("haeyo")).style().formality()).isEqualTo(Formality.HAEYO);
    }

    @Test
    void quizPersonasCarryTheirGroupsStyle() {
        SpeakingStyle joker = engine.personaFromQuiz(List.of("유머러스", "긍정적", "밝은")).style();
        assertThat(joker.emoji()).isEqualTo(Frequency.OFTEN);
        assertThat(joker.sentences()).isEqualTo(SentenceLength.SHORT);
        assertThat(engine.personaFromQuiz(List.of("논리적", "계획적", "체계적")).style().emoji())
                .isEqualTo(Frequency.RARELY);
    }

    @Test
    void emojiRuleReadsTheStructureNeverTheProse() {
        SpeakingStyle sometimes = new SpeakingStyle(Formality.BANMAL, Frequency.SOMETIMES, Frequency.RARELY,
                SentenceLength.MEDIUM);
        // the prose says the opposite of the data: the data wins
        assertThat(request("이모지는 거의 쓰지 않음", sometimes, Customization.NONE).usesEmoji()).isTrue();
        assertThat(request("이모지를 자주 씀", SpeakingStyle.PLAIN, Customization.NONE).usesEmoji()).isFalse();
        // the owner's customization overrides the persona's habit, both ways
        assertThat(request("", sometimes, new Customization(null, false, List.of(), null)).usesEmoji()).isFalse();
        assertThat(request("", SpeakingStyle.PLAIN, new Customization(null, true, List.of(), null)).usesEmoji()).isTrue();
    }

    @Test
    void storedJsonRoundTripsAndMissingFieldsReadAsPlain() {
        JsonMapper json = JsonMapper.builder().build();
        SpeakingStyle s = new SpeakingStyle(Formality.HAEYO, Frequency.OFTEN, Frequency.SOMETIMES, SentenceLength.LONG);
        assertThat(json.readValue(json.writeValueAsString(s), SpeakingStyle.class)).isEqualTo(s);
        assertThat(json.readValue("{}", SpeakingStyle.class)).isEqualTo(SpeakingStyle.PLAIN);
    }
}
