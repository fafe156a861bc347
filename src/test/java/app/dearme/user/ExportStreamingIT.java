package app.dearme.user;

import static org.assertj.core.api.Assertions.assertThat;

import app.dearme.support.IntegrationTest;
import app.dearme.support.TestApi;
import app.dearme.support.TestUsers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Issue 14: the account export is streamed, and complete and valid for an account with many diaries. */
class ExportStreamingIT extends IntegrationTest {

    private static final int DIARIES = 1_234; // several export pages, the last one partial
    private static final LocalDate FIRST = LocalDate.of(2020, 1, 1);

    private TestUsers.User userWithManyDiaries() {
        TestUsers.User u = users.aUser();
        jdbc.update("""
                insert into diaries (user_id, title, content, diary_date, is_private)
                select ?, '일기 ' || g, '긴 하루의 기록 ' || g || E'\\n둘째 줄 "따옴표" 와 \\\\ 역슬래시', ?::date + g, g % 3 = 0
                from generate_series(0, ? - 1) g""", u.id(), FIRST, DIARIES);
        jdbc.update("""
                insert into mental_analyses (user_id, diary_id, analysis_date, emotional_stability, vitality, self_esteem,
                       positivity, social_connection, resilience, overall_status, summary)
                select user_id, id, diary_date, 50, 50, 50, 50, 50, 50, 'neutral', '요약' from diaries where user_id = ?""",
                u.id());
        return u;
    }

    private static void assertStreamed(TestApi.Resp r) {
        // written while read: no length known up front, so the body goes out chunked
        assertThat(r.header("Content-Length")).isNull();
    }

    @Test
    void theJsonExportListsEveryDiaryInOrderAndIsValidJson() {
        TestUsers.User u = userWithManyDiaries();
        TestApi.Resp r = api.get("/api/v1/users/me/export?format=json").auth(u).expect(200);
        assertThat(r.contentType()).startsWith("application/json");
        assertThat(r.header("Content-Disposition")).isEqualTo("attachment; filename=\"dearme-export.json\"");
        assertStreamed(r);
        JsonNode doc = r.json(); // the whole document parses
        assertThat(doc.get("format").asString()).isEqualTo("dearme-export");
        assertThat(doc.get("profile").get("email").asString()).isEqualTo(u.email());
        JsonNode diaries = doc.get("diaries");
        assertThat(diaries).hasSize(DIARIES);
        for (int i = 0; i < DIARIES; i++) {
            JsonNode d = diaries.get(i);
            assertThat(d.get("diary_date").asString()).isEqualTo(FIRST.plusDays(i).toString());
            assertThat(d.get("title").asString()).isEqualTo("일기 " + i);
        }
        assertThat(diaries.get(7).get("content").asString()).isEqualTo("긴 하루의 기록 7\n둘째 줄 \"따옴표\" 와 \\ 역슬래시");
        assertThat(doc.has("chats")).isTrue();
        // one analysis per diary, newest first, across pages
        JsonNode analyses = doc.get("mental").get("analyses");
        assertThat(analyses).hasSize(DIARIES);
        assertThat(analyses.get(0).get("analysis_date").asString()).isEqualTo(FIRST.plusDays(DIARIES - 1).toString());
        for (int i = 1; i < DIARIES; i++) {
            assertThat(analyses.get(i).get("analysis_date").asString())
                    .isLessThan(analyses.get(i - 1).get("analysis_date").asString());
        }
        assertThat(doc.get("mental").has("reports")).isTrue();
    }

    @Test
    void theMarkdownZipHasOneFilePerDiaryAndIsAValidZip() throws IOException {
        TestUsers.User u = userWithManyDiaries();
        TestApi.Resp r = api.get("/api/v1/users/me/export?format=markdown").auth(u).expect(200);
        assertThat(r.contentType()).startsWith("application/zip");
        assertThat(r.header("Content-Disposition")).isEqualTo("attachment; filename=\"dearme-export.zip\"");
        assertStreamed(r);
        List<String> names = new ArrayList<>();
        String last = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(r.bytes()), StandardCharsets.UTF_8)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
                last = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        assertThat(names).first().isEqualTo("README.md");
        assertThat(names.stream().filter(n -> n.startsWith("diaries/"))).hasSize(DIARIES).doesNotHaveDuplicates();
        assertThat(names).contains("diaries/" + FIRST + ".md", "diaries/" + FIRST.plusDays(DIARIES - 1) + ".md");
        assertThat(last).contains("title: \"일기 " + (DIARIES - 1) + "\"");
    }

    @Test
    void anUnknownFormatIsStillA400Problem() {
        TestUsers.User u = users.aUser();
        TestApi.Resp r = api.get("/api/v1/users/me/export?format=pdf").auth(u).send();
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aLongChatIsExportedWholeInTheSameShapeAsTheChatResource() {
        TestUsers.User u = users.aUser();
        long persona = new app.dearme.persona.PersonaFixtures(api, jdbc).quizPersona(u).get("id").asLong();
        long chat = api.post("/api/v1/chats", java.util.Map.of("persona_id", persona)).auth(u).expect(201).json()
                .get("id").asLong();
        jdbc.update("""
                insert into chat_messages (chat_id, role, content)
                select ?, case when g % 2 = 0 then 'user' else 'persona' end, '메시지 ' || g
                from generate_series(1, 450) g""", chat);
        JsonNode detail = api.get("/api/v1/chats/" + chat).auth(u).expect(200).json();
        JsonNode exported = api.get("/api/v1/users/me/export?format=json").auth(u).expect(200).json().get("chats").get(0);
        List<String> detailKeys = new ArrayList<>(detail.propertyNames());
        assertThat(new ArrayList<>(exported.propertyNames())).containsExactlyInAnyOrderElementsOf(detailKeys);
        assertThat(exported.get("id").asLong()).isEqualTo(chat);
        assertThat(exported.get("persona_id").asLong()).isEqualTo(persona);
        JsonNode messages = exported.get("messages");
        long stored = jdbc.queryForObject("select count(*) from chat_messages where chat_id = ?", Long.class, chat);
        assertThat(stored).isGreaterThanOrEqualTo(450);
        assertThat(messages).hasSize((int) stored); // all of them (pages of 200), oldest first
        for (int i = 1; i < messages.size(); i++) {
            assertThat(messages.get(i).get("id").asLong()).isGreaterThan(messages.get(i - 1).get("id").asLong());
        }
        assertThat(messages.get(messages.size() - 1).get("content").asString()).isEqualTo("메시지 450");
        assertThat(new ArrayList<>(messages.get(0).propertyNames()))
                .containsExactlyInAnyOrderElementsOf(detail.get("messages").get(0).propertyNames());
    }
}
