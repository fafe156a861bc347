package app.dearme.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.dearme.support.TestUsers;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class DiarySearchIT extends DiaryTestBase {

    @Autowired
    DiaryReader reader;

    @Autowired
    app.dearme.platform.jobs.Jobs jobs;

    private List<String> titles(TestUsers.User u, String q) {
        JsonNode page = api.get("/api/v1/diaries?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8))
                .auth(u).expect(200).json();
        return page.get("items").valueStream().map(d -> d.get("title").asString()).toList();
    }

    @Test
    void searchFindsInflectedKoreanForms() {
        TestUsers.User u = users.aUser();
        write(u, today(), "점심", "친구랑 떡볶이를 먹었다. 정말 맛있었다.");
        write(u, today().minusDays(1), "오후", "카페에서 책을 읽으며 시간을 보냈다.");
        write(u, today().minusDays(2), "운동", "저녁에 한강을 달렸다.");

        assertThat(titles(u, "먹다")).containsExactly("점심");
        assertThat(titles(u, "먹은")).containsExactly("점심");
        assertThat(titles(u, "떡볶이")).containsExactly("점심");
        assertThat(titles(u, "카페")).containsExactly("오후");
        assertThat(titles(u, "책을 읽었던")).containsExactly("오후");
        assertThat(titles(u, "한강에서 달리기")).containsExactly("운동");
        assertThat(titles(u, "한강에서 수영")).as("every morpheme must match").isEmpty();
        assertThat(titles(u, "수영")).isEmpty();
    }

    @Test
    void searchRanksTitleHitsFirstAndIgnoresOtherUsers() {
        TestUsers.User u = users.aUser();
        TestUsers.User other = users.aUser();
        write(u, today(), "하루", "퇴근길에 잠깐 바다 사진을 봤다.");
        write(u, today().minusDays(1), "바다 여행", "바다를 보러 강릉에 갔다. 바다 냄새가 좋았다.");
        write(other, today(), "바다", "남의 바다 일기");
        assertThat(titles(u, "바다")).containsExactly("바다 여행", "하루");
    }

    @Test
    void searchInputIsNeverTsquerySyntaxAndParticleOnlyQueriesFallBackToSubstring() {
        TestUsers.User u = users.aUser();
        write(u, today(), "특수문자", "괄호 (와) 따옴표 ' 그리고 & | ! : * 기호들");
        for (String q : List.of("'", "&", "|", "!", "a & | b", "('", "\\", ":*", "<->", "' | '", "%", "_")) {
            JsonNode page = api.get("/api/v1/diaries?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8))
                    .auth(u).expect(200).json();
            assertThat(page.get("total").asLong()).as(q).isLessThanOrEqualTo(1);
        }
        assertThat(titles(u, "&")).containsExactly("특수문자");
        api.get("/api/v1/diaries?q=" + "가".repeat(201)).auth(u).expect(400);
    }

    @Test
    void theIndexJobRepairsAVectorThatWentStale() {
        TestUsers.User u = users.aUser();
        long id = write(u, today(), "여행", "제주도에서 귤을 땄다.").get("id").asLong();
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from jobs where user_id = ? and kind = 'diary_index' and status = 'done'",
                Integer.class, u.id()) == 1);
        jdbc.update("update diaries set search_vector = null, content_hash = 'stale' where id = ?", id);
        assertThat(titles(u, "제주도")).isEmpty();
        jobs.enqueue("diary_index", u.id(), Map.of("diary_id", id));
        await().atMost(Duration.ofSeconds(30)).until(() -> titles(u, "귤").equals(List.of("여행")));
    }

    @Test
    void privateDiariesAreFoundByTheOwnersSearchButNeverRetrievedForOthers() {
        TestUsers.User u = users.aUser();
        api.post("/api/v1/diaries", with(body(today(), "비밀 일기", "아무도 모르는 고양이 이야기"), "is_private", true))
                .auth(u).expect(201);
        write(u, today().minusDays(1), "공개 일기", "고양이에게 밥을 주었다.");

        assertThat(titles(u, "고양이")).containsExactlyInAnyOrder("비밀 일기", "공개 일기");
        List<DiaryReader.Hit> hits = reader.retrieve(u.id(), "고양이가 뭐 했어?", 3);
        assertThat(hits).extracting(h -> h.diary().title()).containsExactly("공개 일기");
        assertThat(hits.get(0).score()).isPositive();
        assertThat(reader.retrieve(u.id(), "비밀", 3)).isEmpty();
        assertThat(reader.recentPublic(u.id(), 10)).extracting(t -> t.title()).containsExactly("공개 일기");
        assertThat(reader.countPublic(u.id())).isEqualTo(1);
        assertThat(reader.countAll(u.id())).isEqualTo(2);
        assertThat(reader.between(u.id(), today().minusDays(7), today(), false)).hasSize(1);
        assertThat(reader.between(u.id(), today().minusDays(7), today(), true)).hasSize(2);
        assertThat(reader.allTexts(u.id())).hasSize(2);
        assertThat(reader.lastDiaryDate(u.id())).contains(today());
        assertThat(reader.retrieve(u.id(), "' & |", 3)).isEmpty();
    }

    /** Stores an embedding as the diary_index job does when a provider is configured. */
    private void embed(long diaryId, float... v) {
        jdbc.update("update diaries set embedding = ? where id = ?", Embeddings.boxed(v), diaryId);
    }

    @Test
    void withAQueryVectorFullTextAndEmbeddingRankingsAreFusedAndPrivateDiariesStayOut() {
        TestUsers.User u = users.aUser();
        long both = write(u, today(), "고양이", "고양이랑 낮잠을 잤다.").get("id").asLong();
        long semantic = write(u, today().minusDays(1), "나른한 오후", "털뭉치가 무릎 위에서 골골거렸다.").get("id").asLong();
        long unrelated = write(u, today().minusDays(2), "출근", "지하철이 붐볐다.").get("id").asLong();
        long secret = api.post("/api/v1/diaries", with(body(today().minusDays(3), "비밀", "아무도 모르는 이야기"), "is_private", true))
                .auth(u).expect(201).json().get("id").asLong();
        embed(both, 0.9f, 0.1f, 0f);
        embed(semantic, 1f, 0f, 0f);
        embed(unrelated, 0f, 0f, 1f);
        embed(secret, 1f, 0f, 0f);
        float[] query = {1f, 0.05f, 0f};

        // full text alone finds only the diary that shares a morpheme with the question
        assertThat(reader.retrieve(u.id(), "고양이 보고 싶다", 3)).extracting(h -> h.diary().id()).containsExactly(both);
        // fused: the diary found by both rankings first, then the one only the embedding finds; the orthogonal
        // one is under the minimum similarity and the private one never comes back, even with the best vector
        List<DiaryReader.Hit> hybrid = reader.retrieve(u.id(), "고양이 보고 싶다", query, 3);
        assertThat(hybrid).extracting(h -> h.diary().id()).containsExactly(both, semantic);
        assertThat(hybrid.get(0).score()).isGreaterThan(hybrid.get(1).score());
        // a vector of another model's dimension is ignored rather than compared
        assertThat(reader.retrieve(u.id(), "털뭉치", new float[] {1f, 0f}, 3)).extracting(h -> h.diary().id())
                .containsExactly(semantic);
    }

    @Test
    void editingTheTextReindexesAndMakingADiaryPrivateHidesItFromRetrieval() {
        TestUsers.User u = users.aUser();
        long id = write(u, today(), "아침", "사과를 먹었다.").get("id").asLong();
        assertThat(reader.retrieve(u.id(), "사과", 3)).hasSize(1);
        api.patch("/api/v1/diaries/" + id, Map.of("content", "바나나를 먹었다.")).auth(u).expect(200);
        assertThat(titles(u, "사과")).isEmpty();
        assertThat(titles(u, "바나나")).containsExactly("아침");
        api.patch("/api/v1/diaries/" + id, Map.of("is_private", true)).auth(u).expect(200);
        assertThat(reader.retrieve(u.id(), "바나나", 3)).isEmpty();
        api.delete("/api/v1/diaries/" + id).auth(u).expect(204);
        assertThat(titles(u, "바나나")).isEmpty();
    }

    @Test
    void adminReindexRebuildsStaleVectorsAndNonAdminsAreRefused() {
        TestUsers.User u = users.aUser();
        long id = write(u, today(), "도서관", "도서관에서 공부했다.").get("id").asLong();
        // let the diary_index job finish first: it would repair the vector we break below
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from jobs where user_id = ? and kind = 'diary_index' and status <> 'done'",
                Integer.class, u.id()) == 0);
        jdbc.update("update diaries set search_vector = null, content_hash = null where id = ?", id);
        assertThat(titles(u, "도서관")).isEmpty();

        api.post("/api/v1/admin/diaries/reindex?user_id=" + u.id(), Map.of()).auth(u).expect(403);
        String admin = adminToken();
        JsonNode r = api.post("/api/v1/admin/diaries/reindex?user_id=" + u.id(), Map.of()).auth(admin).expect(200).json();
        assertThat(r.get("reindexed").asInt()).isEqualTo(1);
        assertThat(titles(u, "도서관")).containsExactly("도서관");
        assertThat(api.post("/api/v1/admin/diaries/reindex?user_id=" + u.id(), Map.of()).auth(admin).expect(200)
                .json().get("reindexed").asInt()).as("unchanged text is not re-indexed").isZero();
        assertThat(api.post("/api/v1/admin/diaries/reindex?user_id=" + u.id() + "&force=true", Map.of()).auth(admin)
                .expect(200).json().get("reindexed").asInt()).isEqualTo(1);
        api.post("/api/v1/admin/diaries/reindex?user_id=abc", Map.of()).auth(admin).expect(400);
    }

    private String adminToken() {
        String email = "admin@dearme.test";
        Integer exists = jdbc.queryForObject("select count(*) from users where email = ?", Integer.class, email);
        if (exists == 0) {
            return users.registerVerified(email, TestUsers.uniqueName("admin")).accessToken();
        }
        return api.post("/api/v1/auth/login", Map.of("email", email, "password", TestUsers.PASSWORD)).expect(200)
                .json().get("access_token").asString();
    }
}
