package app.dearme.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The wire values are the SPEC §15 contract: these tests fail when a constant's key drifts or goes missing. */
class VocabularyWireTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void moodWireValuesAreTheSpecKeys() {
        assertThat(Mood.wireValues()).containsExactly("angry", "anxious", "calm", "excited", "grateful", "happy",
                "hopeful", "lonely", "sad", "tired");
        assertThat(Arrays.stream(Mood.values()).filter(Mood::positive).map(Mood::wire))
                .containsExactlyInAnyOrder("happy", "excited", "grateful", "hopeful", "calm");
    }

    @Test
    void weatherAndLevelWireValuesAreTheSpecKeys() {
        assertThat(Weather.wireValues()).containsExactly("cloudy", "foggy", "rainy", "snowy", "stormy", "sunny", "windy");
        assertThat(Arrays.stream(RagContextLevel.values()).map(RagContextLevel::wire))
                .containsExactly("minimal", "standard", "detailed");
        assertThat(Arrays.stream(PersonaLevel.values()).map(PersonaLevel::wire))
                .containsExactly("temporary", "basic", "complete");
    }

    @Test
    void everyConstantRoundTripsThroughJsonAndTheColumn() {
        for (Mood m : Mood.values()) {
            assertThat(json.writeValueAsString(m)).isEqualTo("\"" + m.wire() + "\"");
            assertThat(json.readValue("\"" + m.wire() + "\"", Mood.class)).isSameAs(m);
            assertThat(Mood.fromColumn(Mood.toColumn(m))).isSameAs(m);
            assertThat(m.label()).isNotBlank();
            assertThat(m.adjective()).isNotBlank();
            assertThat(m.emoji()).isNotBlank();
        }
        for (Weather w : Weather.values()) {
            assertThat(json.writeValueAsString(w)).isEqualTo("\"" + w.wire() + "\"");
            assertThat(json.readValue("\"" + w.wire() + "\"", Weather.class)).isSameAs(w);
            assertThat(Weather.fromColumn(Weather.toColumn(w))).isSameAs(w);
        }
        for (RagContextLevel l : RagContextLevel.values()) {
            assertThat(json.readValue("\"" + l.wire() + "\"", RagContextLevel.class)).isSameAs(l);
            assertThat(RagContextLevel.fromColumn(l.wire())).isSameAs(l);
        }
        for (PersonaLevel l : PersonaLevel.values()) {
            assertThat(json.writeValueAsString(l)).isEqualTo("\"" + l.wire() + "\"");
            assertThat(PersonaLevel.of(l.wire())).isSameAs(l);
        }
    }

    @Test
    void unknownWireValuesAreRefusedAndBlankMeansNone() {
        assertThatThrownBy(() -> Mood.fromWire("joyful")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Mood.fromWire("HAPPY")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Weather.fromWire("hail")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RagContextLevel.fromWire("everything")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PersonaLevel.of("legendary")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Mood.fromWire("")).isNull();
        assertThat(Mood.fromWire(null)).isNull();
        assertThat(Mood.parse("joyful")).isEmpty();
        // a stored value we never wrote reads as "none", or the default level, instead of failing a whole page
        assertThat(Mood.fromColumn("joyful")).isNull();
        assertThat(RagContextLevel.fromColumn("everything")).isEqualTo(RagContextLevel.DEFAULT);
    }

    @Test
    void contextLevelsGateMoodAndSnippet() {
        assertThat(RagContextLevel.MINIMAL.includesMood()).isFalse();
        assertThat(RagContextLevel.STANDARD.includesMood()).isTrue();
        assertThat(RagContextLevel.STANDARD.includesSnippet()).isFalse();
        assertThat(RagContextLevel.DETAILED.includesSnippet()).isTrue();
    }

    @Test
    void onlyATemporaryPersonaRemindsAndOnEveryThirdTurn() {
        assertThat(List.of(0, 1, 2, 3, 4, 5, 6).stream().filter(PersonaLevel.TEMPORARY::remindsToWriteDiaries))
                .containsExactly(0, 3, 6);
        assertThat(PersonaLevel.BASIC.remindsToWriteDiaries(0)).isFalse();
        assertThat(PersonaLevel.COMPLETE.remindsToWriteDiaries(3)).isFalse();
        assertThat(PersonaLevel.unlockedBy(2)).isEqualTo(PersonaLevel.TEMPORARY);
        assertThat(PersonaLevel.unlockedBy(3)).isEqualTo(PersonaLevel.BASIC);
        assertThat(PersonaLevel.unlockedBy(7)).isEqualTo(PersonaLevel.COMPLETE);
    }

    @Test
    void moodRankingCountsThenRecencyThenKey() {
        LocalDate d = LocalDate.of(2026, 1, 5);
        List<DiaryText> week = List.of(
                new DiaryText(1, d, "t", "c", Mood.SAD, null),
                new DiaryText(2, d.plusDays(1), "t", "c", Mood.HAPPY, Weather.SUNNY),
                new DiaryText(3, d.plusDays(2), "t", "c", Mood.SAD, null),
                new DiaryText(4, d.plusDays(3), "t", "c", Mood.HAPPY, null),
                new DiaryText(5, d.plusDays(4), "t", "c", null, null),
                new DiaryText(6, d.plusDays(4), "t", "c", Mood.CALM, null));
        // sad and happy tie on count; happy was written more recently; calm once
        assertThat(Moods.ranked(week)).containsExactly(Mood.HAPPY, Mood.SAD, Mood.CALM);
    }
}
