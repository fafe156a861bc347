package app.dearme.ai;

import app.dearme.vocabulary.PersonaLevel;

import app.dearme.vocabulary.Mood;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.dearme.ai.ChatRequest.ChatTurn;
import app.dearme.ai.ChatRequest.Customization;
import app.dearme.ai.ChatRequest.PersonaProfile;
import app.dearme.ai.ChatRequest.RetrievedDiary;

class ChatReplyTest {

    private final LocalKoreanEngine engine = Corpus.engine();

    private static final PersonaProfile RUNNER = new PersonaProfile("잔잔한 러너", "성격", List.of("활동적인", "따뜻한"),
            List.of("카페", "커피", "러닝"), "반말로 편하게 말함, 짧고 간결한 문장(평균 15자), 이모지는 거의 쓰지 않음", PersonaLevel.COMPLETE);

    private static ChatRequest request(String message, Customization c, List<RetrievedDiary> context, int turn) {
        return new ChatRequest(RUNNER, c, List.of(), context, message, false, turn);
    }

    private static final class Recording implements ChunkSink {
        final List<String> chunks = new ArrayList<>();
        int cancelAfter = Integer.MAX_VALUE;

        @Override
        public void chunk(String text) {
            chunks.add(text);
        }

        @Override
        public boolean cancelled() {
            return chunks.size() >= cancelAfter;
        }
    }

    private static long sentences(String s) {
        return s.split("(?<=[.!?~])\\s+").length;
    }

    @Test
    void streamsSeveralChunksThatAddUpToTheReply() {
        Recording sink = new Recording();
        String reply = engine.chatReply(request("오늘 러닝하고 카페 갔어", Customization.NONE, List.of(), 0), sink);
        assertThat(sink.chunks).hasSizeGreaterThanOrEqualTo(2);
        assertThat(String.join("", sink.chunks)).isEqualTo(reply);
    }

    @Test
    void stopsStreamingWhenTheSinkIsCancelled() {
        Recording sink = new Recording();
        sink.cancelAfter = 1;
        String reply = engine.chatReply(request("요즘 회사 일이 너무 많아서 지치고 힘들어. 어떻게 해야 할지 모르겠어.",
                Customization.NONE, List.of(), 2), sink);
        assertThat(sink.chunks).hasSize(1);
        assertThat(reply).isEqualTo(sink.chunks.get(0));
    }

    @Test
    void casualByDefaultAndPoliteWhenTheToneIsFormal() {
        String casual = engine.chatReply(request("오늘 좀 피곤했어", Customization.NONE, List.of(), 2), ChunkSink.IGNORE);
        String formal = engine.chatReply(request("오늘 좀 피곤했어", new Customization("formal", false, List.of(), null),
                List.of(), 2), ChunkSink.IGNORE);
        for (String s : formal.split("(?<=[.!?])\\s+")) {
            assertThat(s.strip()).as(formal).matches(".*(요|죠|니다|까)[.!?]$");
        }
        assertThat(casual).doesNotContain("요.", "요?");
        String cute = engine.chatReply(request("오늘 좀 피곤했어", new Customization("cute", false, List.of(), null),
                List.of(), 2), ChunkSink.IGNORE);
        assertThat(cute).contains("~").isNotEqualTo(casual);
    }

    @Test
    void emojiOnlyWhenAllowed() {
        String none = engine.chatReply(request("오늘 친구들이랑 놀아서 즐거웠어", Customization.NONE, List.of(), 1), ChunkSink.IGNORE);
        String with = engine.chatReply(request("오늘 친구들이랑 놀아서 즐거웠어", new Customization(null, true, List.of(), null),
                List.of(), 1), ChunkSink.IGNORE);
        assertThat(none).doesNotContainPattern("[\\x{1F300}-\\x{1FAFF}]");
        assertThat(with).containsPattern("[\\x{1F300}-\\x{1FAFF}]");
    }

    @Test
    void usuallyOneOrTwoSentencesAndAtMostFourForDeepTopics() {
        String light = engine.chatReply(request("응 그렇구나", Customization.NONE, List.of(), 0), ChunkSink.IGNORE);
        assertThat(sentences(light)).isBetween(1L, 2L);
        String deep = engine.chatReply(request("요즘 진로 고민 때문에 너무 불안하고 외로워. 내가 잘하고 있는지 모르겠어.",
                Customization.NONE, List.of(), 1), ChunkSink.IGNORE);
        assertThat(sentences(deep)).isBetween(2L, 4L);
    }

    @Test
    void asksAFollowUpQuestionEveryThirdTurn() {
        List<Boolean> asked = new ArrayList<>();
        for (int turn = 0; turn < 9; turn++) {
            String reply = engine.chatReply(request("응 그렇구나", Customization.NONE, List.of(), turn), ChunkSink.IGNORE);
            asked.add(reply.contains("?"));
        }
        assertThat(asked).containsExactly(false, false, true, false, false, true, false, false, true);
    }

    @Test
    void referencesARetrievedDiaryWithOnlyItsFacts() {
        RetrievedDiary d = new RetrievedDiary(LocalDate.of(2025, 3, 3), "러닝 기록 경신", Mood.EXCITED, null);
        String reply = engine.chatReply(request("그때 러닝 기록 어땠는지 기억나?", Customization.NONE, List.of(d), 0),
                ChunkSink.IGNORE);
        assertThat(reply).contains("3월 3일").contains("러닝 기록 경신").contains("설레는");
        assertThat(reply.replace("3월 3일", "")).doesNotContainPattern("[0-9]");
    }

    @Test
    void aSnippetGivesTheTopicInOtherWordsNeverTheDiarysOwnSentence() {
        String snippet = "집에서 원두를 갈아 드립 커피를 내려 마시니 행복했다";
        RetrievedDiary d = new RetrievedDiary(LocalDate.of(2025, 3, 7), "커피 원두", Mood.HAPPY, snippet);
        String reply = engine.chatReply(request("커피 얘기 기억나?", Customization.NONE, List.of(d), 0), ChunkSink.IGNORE);
        assertThat(reply).contains("커피 원두").contains("드립").doesNotContain("내려 마시니").doesNotContain(snippet);
        String without = engine.chatReply(request("커피 얘기 기억나?", Customization.NONE,
                List.of(new RetrievedDiary(d.date(), d.title(), d.mood(), null)), 0), ChunkSink.IGNORE);
        assertThat(without).contains("커피 원두").doesNotContain("드립");
        // only the owner's explicit ask for the diary's words quotes it
        String asked = engine.chatReply(request("커피 원두 일기 뭐라고 썼는지 그대로 읽어 줘", Customization.NONE, List.of(d), 0),
                ChunkSink.IGNORE);
        assertThat(asked).contains("집에서 원두를 갈아 드립 커피를");
    }

    @Test
    void admitsNotRememberingWhenThereIsNoContext() {
        String reply = engine.chatReply(request("우리 지난주에 어디 갔었는지 기억나?", Customization.NONE, List.of(), 0),
                ChunkSink.IGNORE);
        assertThat(reply).contains("기억").containsAnyOf("안 나", "없어");
    }

    @Test
    void friendChatsIgnoreAnyDiaryContextTheyAreGiven() {
        RetrievedDiary d = new RetrievedDiary(LocalDate.of(2025, 3, 3), "러닝 기록 경신", Mood.EXCITED, null);
        for (String q : List.of("요즘 러닝 자주 해?", "러닝 기록 경신했던 날 기억나?", "3월에 뭐 했어?")) {
            String with = engine.chatReply(new ChatRequest(RUNNER, Customization.NONE,
                    List.of(new ChatTurn("user", "안녕")), List.of(d), q, true, 1, LocalDate.of(2025, 3, 4)), ChunkSink.IGNORE);
            String without = engine.chatReply(new ChatRequest(RUNNER, Customization.NONE,
                    List.of(new ChatTurn("user", "안녕")), List.of(), q, true, 1, null), ChunkSink.IGNORE);
            assertThat(with).as(q).isEqualTo(without).doesNotContain("기록 경신").doesNotContain("3월 3일")
                    .doesNotContain("설레");
        }
    }

    @Test
    void temporaryPersonasMentionDiariesAboutEveryThreeReplies() {
        PersonaProfile temp = new PersonaProfile("햇살 같은 친구", "성격", List.of("사교적"), List.of(), "반말로 밝고 편하게 말함",
                PersonaLevel.TEMPORARY);
        int mentions = 0;
        for (int turn = 0; turn < 9; turn++) {
            String reply = engine.chatReply(new ChatRequest(temp, Customization.NONE, List.of(), List.of(), "응 그렇구나",
                    false, turn), ChunkSink.IGNORE);
            if (reply.contains("일기")) {
                mentions++;
            }
        }
        assertThat(mentions).isBetween(2, 3);
    }

    @Test
    void selfHarmMessagesGetSupportWithCrisisLines() {
        String reply = engine.chatReply(request("요즘 다 그만두고 죽고 싶어", Customization.NONE, List.of(), 1), ChunkSink.IGNORE);
        assertThat(reply).contains("109").contains("1577-0199").contains("119");
    }

    @Test
    void traitsOverrideChangesTheReply() {
        String base = engine.chatReply(request("요즘 진로 고민이 많아", Customization.NONE, List.of(), 0), ChunkSink.IGNORE);
        String rational = engine.chatReply(request("요즘 진로 고민이 많아", new Customization(null, null, List.of("이성적"), null),
                List.of(), 0), ChunkSink.IGNORE);
        assertThat(rational).isNotEqualTo(base).contains("정리");
    }

    @Test
    void aQuestionAboutADayWithADiaryIsAnsweredFromItNotWithIDontKnow() {
        RetrievedDiary today = new RetrievedDiary(LocalDate.of(2026, 11, 27), "수영 첫 수업", Mood.EXCITED, null);
        String reply = engine.chatReply(request("오늘 뭐 했어?", Customization.NONE, List.of(today), 0), ChunkSink.IGNORE);
        assertThat(reply).contains("수영 첫 수업").doesNotContain("모르겠");
        // without any diary for it, the persona admits not knowing instead of inventing a day
        assertThat(engine.chatReply(request("오늘 뭐 했어?", Customization.NONE, List.of(), 0), ChunkSink.IGNORE)).contains("모르겠");
    }

    @Test
    void recentDaysAreCalledTodayAndYesterdayAndFriendsHearNoDay() {
        LocalDate today = LocalDate.of(2026, 11, 27);
        RetrievedDiary yesterday = new RetrievedDiary(today.minusDays(1), "수영 첫 수업", Mood.EXCITED, null);
        String own = engine.chatReply(new ChatRequest(RUNNER, Customization.NONE, List.of(), List.of(yesterday),
                "어제 뭐 했어?", false, 0, today), ChunkSink.IGNORE);
        assertThat(own).contains("어제 쓴 '수영 첫 수업' 일기").doesNotContain("11월 26일에");
        String friend = engine.chatReply(new ChatRequest(RUNNER, Customization.NONE, List.of(), List.of(yesterday),
                "어제 뭐 했어?", true, 0, today), ChunkSink.IGNORE);
        assertThat(friend).doesNotContain("어제는").doesNotContain("설레").doesNotContain("수영");
        // older days keep their date
        RetrievedDiary older = new RetrievedDiary(today.minusDays(9), "수영 첫 수업", Mood.EXCITED, null);
        assertThat(engine.chatReply(new ChatRequest(RUNNER, Customization.NONE, List.of(), List.of(older),
                "수영 기억나?", false, 0, today), ChunkSink.IGNORE)).contains("11월 18일에 쓴 '수영 첫 수업' 일기");
    }
}
