package app.dearme.mental;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class ReportStore {

    record Stored(ReportView view, String sourceHash) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final RowMapper<Stored> mapper;

    ReportStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        this.mapper = (rs, i) -> {
            List<ReportView.DailyScore> daily = json.readValue(rs.getString("daily_scores"),
                    new TypeReference<List<ReportView.DailyScore>>() { });
            return new Stored(new ReportView(rs.getLong("id"), rs.getString("report_type"),
                    rs.getObject("period_start", LocalDate.class), rs.getObject("period_end", LocalDate.class),
                    json.readValue(rs.getString("averages"), new TypeReference<Map<String, Integer>>() { }),
                    json.readValue(rs.getString("trend"), ReportView.Trend.class),
                    json.readValue(rs.getString("insights"), new TypeReference<List<String>>() { }),
                    json.readValue(rs.getString("recommendations"), new TypeReference<List<String>>() { }),
                    daily, daily.size(), rs.getObject("created_at", OffsetDateTime.class),
                    rs.getObject("updated_at", OffsetDateTime.class)), rs.getString("source_hash"));
        };
    }

    /** Every stored report of the user, oldest period first (account export). */
    List<ReportView> all(long userId) {
        return jdbc.sql("select * from mental_reports where user_id = ? order by period_start, report_type")
                .param(userId).query(mapper).list().stream().map(Stored::view).toList();
    }

    Optional<Stored> find(long userId, ReportPeriod p) {
        return jdbc.sql("select * from mental_reports where user_id = ? and report_type = ? and period_start = ?")
                .params(userId, p.type().name(), p.start()).query(mapper).optional();
    }

    /** Inserts or refreshes the period's report; a concurrent writer with the same sources changes nothing. */
    Stored upsert(long userId, ReportView r, String hash) {
        jdbc.sql("""
                insert into mental_reports (user_id, report_type, period_start, period_end, averages, trend, insights,
                       recommendations, daily_scores, source_hash)
                values (:user, :type, :start, :end, cast(:averages as jsonb), cast(:trend as jsonb), cast(:insights as jsonb),
                        cast(:recs as jsonb), cast(:daily as jsonb), :hash)
                on conflict (user_id, report_type, period_start) do update set period_end = excluded.period_end,
                       averages = excluded.averages, trend = excluded.trend, insights = excluded.insights,
                       recommendations = excluded.recommendations, daily_scores = excluded.daily_scores,
                       source_hash = excluded.source_hash, updated_at = now()
                 where mental_reports.source_hash <> excluded.source_hash""")
                .param("user", userId).param("type", r.reportType()).param("start", r.periodStart())
                .param("end", r.periodEnd()).param("averages", json.writeValueAsString(r.averages()))
                .param("trend", json.writeValueAsString(r.trend())).param("insights", json.writeValueAsString(r.insights()))
                .param("recs", json.writeValueAsString(r.recommendations()))
                .param("daily", json.writeValueAsString(r.dailyScores())).param("hash", hash).update();
        return find(userId, new ReportPeriod(ReportPeriod.ReportType.valueOf(r.reportType()), r.periodStart(),
                r.periodEnd())).orElseThrow();
    }
}
