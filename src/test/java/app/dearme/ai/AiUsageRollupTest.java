package app.dearme.ai;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The daily rollup against real PostgreSQL with the project's migrations. */
class AiUsageRollupTest {

    private static EmbeddedPostgres pg;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void startDatabase() throws Exception {
        pg = EmbeddedPostgres.builder().start();
        Flyway.configure().dataSource(pg.getPostgresDatabase()).locations("classpath:db/migration").load().migrate();
        jdbc = new JdbcTemplate(pg.getPostgresDatabase());
    }

    @AfterAll
    static void stopDatabase() throws Exception {
        pg.close();
    }

    @Test
    void upsertsAdditivelyPerDayFeatureEngineAndModelAndReportsTodayAndMonthToDate() {
        jdbc.update("delete from ai_usage_daily");
        // 2025-03-01 23:30 UTC is already 2025-03-02 in Seoul
        Clock day2 = Clock.fixed(Instant.parse("2025-03-01T23:30:00Z"), ZoneOffset.UTC);
        AiUsageRollup a = new AiUsageRollup(jdbc, ZoneId.of("Asia/Seoul"), day2);
        AiUsageRollup b = new AiUsageRollup(jdbc, ZoneId.of("Asia/Seoul"), day2); // a second instance
        a.add(AiFeature.chat, "openai", "gpt-4o-mini", false, 100, 20, 0.000027, 800);
        a.add(AiFeature.chat, "openai", "gpt-4o-mini", true, 50, 0, 0.0000075, 1200);
        b.add(AiFeature.chat, "openai", "gpt-4o-mini", false, 10, 5, 0.0000045, 300);
        b.add(AiFeature.mental, "local", "local-ko-v1", false, 0, 0, 0, 5);
        a.flush();
        b.flush();
        a.flush(); // nothing pending: no double counting

        Map<String, Object> row = jdbc.queryForMap(
                "select * from ai_usage_daily where feature = 'chat' and engine = 'openai' and model = 'gpt-4o-mini'");
        assertThat(row.get("day").toString()).isEqualTo("2025-03-02");
        assertThat(row.get("calls")).isEqualTo(3L);
        assertThat(row.get("failures")).isEqualTo(1L);
        assertThat(row.get("tokens_in")).isEqualTo(160L);
        assertThat(row.get("tokens_out")).isEqualTo(25L);
        assertThat((BigDecimal) row.get("cost_usd")).isEqualByComparingTo("0.000039");
        assertThat(row.get("latency_ms")).isEqualTo(2300L);

        AiUsageRollup later = new AiUsageRollup(jdbc, ZoneId.of("Asia/Seoul"),
                Clock.fixed(Instant.parse("2025-03-05T03:00:00Z"), ZoneOffset.UTC));
        later.add(AiFeature.report, "openai", "gpt-4o-mini", false, 1000, 300, 0.00033, 2000);
        AiUsageTotals t = later.totals();
        assertThat(t.today().calls()).isEqualTo(1);
        assertThat(t.today().tokens()).isEqualTo(1300);
        assertThat(t.monthToDate().calls()).isEqualTo(5);
        assertThat(t.monthToDate().failures()).isEqualTo(1);
        assertThat(t.monthToDate().tokensIn()).isEqualTo(1160);
        assertThat(t.monthToDate().costUsd()).isEqualByComparingTo("0.000369");
    }

    @Test
    void aBrokenDatabaseNeverBreaksTheCallerAndKeepsThePendingCounts() {
        JdbcTemplate broken = new JdbcTemplate(new org.springframework.jdbc.datasource.DriverManagerDataSource(
                "jdbc:postgresql://127.0.0.1:1/none"));
        AiUsageRollup r = new AiUsageRollup(broken, ZoneId.of("Asia/Seoul"), Clock.systemUTC());
        r.add(AiFeature.chat, "local", "local-ko-v1", false, 0, 0, 0, 3);
        r.flush();
        assertThat(r.totals().today().calls()).isZero();
        AiMeter meter = new AiMeter(new io.micrometer.core.instrument.simple.SimpleMeterRegistry(), r, AiProperties.defaults());
        meter.record(AiFeature.chat, "local", "local-ko-v1", java.time.Duration.ofMillis(3), 0, 0, AiMeter.Outcome.ok);
    }
}
