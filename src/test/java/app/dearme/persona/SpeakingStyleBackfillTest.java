package app.dearme.persona;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * V8_6 gives personas written before it the structured style their prose was rendered from, so a persona that
 * used emoji keeps using them once the engines read only the structure.
 */
class SpeakingStyleBackfillTest {

    @Test
    void existingPersonasGetTheStyleTheirProseDescribes() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            Flyway.configure().dataSource(pg.getPostgresDatabase()).locations("classpath:db/migration")
                    .target("8.5").load().migrate();
            JdbcTemplate jdbc = new JdbcTemplate(pg.getPostgresDatabase());
            persona(jdbc, 1, "반말로 편하게 말함, 짧고 간결한 문장(평균 12자), 이모지를 자주 씀, ㅋㅋ·ㅎㅎ를 자주 씀");
            persona(jdbc, 2, "합니다체로 정중하게 말함, 길고 차분한 문장(평균 40자), 이모지는 거의 쓰지 않음");
            persona(jdbc, 3, "해요체로 부드럽게 말함, 적당한 길이의 문장(평균 20자), 이모지를 가끔 씀, 가끔 ㅋㅋ·ㅎㅎ를 씀");
            persona(jdbc, 4, "따뜻하고 다정한 말투"); // a model's own prose: no marker words

            Flyway.configure().dataSource(pg.getPostgresDatabase()).locations("classpath:db/migration").load().migrate();

            assertThat(style(jdbc, 1)).isEqualTo("BANMAL OFTEN OFTEN SHORT");
            assertThat(style(jdbc, 2)).isEqualTo("HAPNIDA RARELY RARELY LONG");
            assertThat(style(jdbc, 3)).isEqualTo("HAEYO SOMETIMES SOMETIMES MEDIUM");
            assertThat(style(jdbc, 4)).isEqualTo("BANMAL RARELY RARELY MEDIUM");
            // rows written later without the column get the plain style, never null
            jdbc.update("insert into users (id, email, username, password_hash) values (5, 'u5@x.y', 'u5', 'x')");
            jdbc.update("insert into personas (user_id, name, personality) values (5, 'p', 'p')");
            assertThat(style(jdbc, 5)).isEqualTo("BANMAL RARELY RARELY MEDIUM");
        }
    }

    private static void persona(JdbcTemplate jdbc, long userId, String prose) {
        jdbc.update("insert into users (id, email, username, password_hash) values (?, ?, ?, 'x')", userId,
                "u" + userId + "@x.y", "u" + userId);
        jdbc.update("insert into personas (user_id, name, personality, speaking_style) values (?, 'p', 'p', ?)",
                userId, prose);
    }

    private static String style(JdbcTemplate jdbc, long userId) {
        return jdbc.queryForObject("""
                select concat_ws(' ', s->>'formality', s->>'emoji', s->>'laughter', s->>'sentences')
                  from (select speaking_style_profile s from personas where user_id = ?) x""", String.class, userId);
    }
}
