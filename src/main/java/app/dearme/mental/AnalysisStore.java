package app.dearme.mental;

import app.dearme.ai.MentalScores;
import app.dearme.ai.OverallStatus;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AnalysisStore {

    static final RowMapper<Analysis> MAPPER = (rs, i) -> new Analysis(rs.getLong("id"), rs.getLong("user_id"),
            rs.getLong("diary_id"), rs.getObject("analysis_date", LocalDate.class),
            new MentalScores(rs.getInt("emotional_stability"), rs.getInt("vitality"), rs.getInt("self_esteem"),
                    rs.getInt("positivity"), rs.getInt("social_connection"), rs.getInt("resilience")),
            OverallStatus.valueOf(rs.getString("overall_status")), rs.getString("summary"), rs.getString("feedback"),
            rs.getBoolean("safety_flag"), rs.getObject("created_at", OffsetDateTime.class));

    private static final String ORDER = " order by analysis_date desc, id desc";

    private final JdbcClient jdbc;

    AnalysisStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One analysis per diary: a new analysis of the same diary replaces the previous one. */
    Analysis upsert(long userId, long diaryId, LocalDate date, MentalScores s, OverallStatus status, String summary,
                    String feedbackJson, boolean safetyFlag) {
        return jdbc.sql("""
                insert into mental_analyses (user_id, diary_id, analysis_date, emotional_stability, vitality, self_esteem,
                       positivity, social_connection, resilience, overall_status, summary, feedback, safety_flag)
                values (:user, :diary, :date, :es, :vi, :se, :po, :sc, :re, :status, :summary, cast(:feedback as jsonb), :safety)
                on conflict (diary_id) do update set analysis_date = excluded.analysis_date,
                       emotional_stability = excluded.emotional_stability, vitality = excluded.vitality,
                       self_esteem = excluded.self_esteem, positivity = excluded.positivity,
                       social_connection = excluded.social_connection, resilience = excluded.resilience,
                       overall_status = excluded.overall_status, summary = excluded.summary,
                       feedback = excluded.feedback, safety_flag = excluded.safety_flag, created_at = now()
                 where mental_analyses.user_id = excluded.user_id
                returning *""")
                .param("user", userId).param("diary", diaryId).param("date", date)
                .param("es", s.emotionalStability()).param("vi", s.vitality()).param("se", s.selfEsteem())
                .param("po", s.positivity()).param("sc", s.socialConnection()).param("re", s.resilience())
                .param("status", status.name()).param("summary", summary == null ? "" : summary)
                .param("feedback", feedbackJson).param("safety", safetyFlag)
                .query(MAPPER).single();
    }

    Optional<Analysis> owned(long userId, long id) {
        return jdbc.sql("select * from mental_analyses where id = ? and user_id = ?").params(id, userId)
                .query(MAPPER).optional();
    }

    /** Newest first by diary date. */
    List<Analysis> latest(long userId, int limit) {
        return jdbc.sql("select * from mental_analyses where user_id = ?" + ORDER + " limit ?").params(userId, limit)
                .query(MAPPER).list();
    }

    /** analysis_date in [from, to], newest first. */
    List<Analysis> between(long userId, LocalDate from, LocalDate to) {
        return jdbc.sql("select * from mental_analyses where user_id = ? and analysis_date between ? and ?" + ORDER)
                .params(userId, from, to).query(MAPPER).list();
    }

    /** The export's order (newest first), {@code limit} at a time after {@code last} (null: from the newest). */
    List<Analysis> pageAfter(long userId, Analysis last, int limit) {
        if (last == null) {
            return jdbc.sql("select * from mental_analyses where user_id = ?" + ORDER + " limit ?")
                    .params(userId, limit).query(MAPPER).list();
        }
        return jdbc.sql("select * from mental_analyses where user_id = ? and (analysis_date, id) < (?, ?)" + ORDER
                + " limit ?").params(userId, last.analysisDate(), last.id(), limit).query(MAPPER).list();
    }

    void updateFeedback(long id, String feedbackJson) {
        jdbc.sql("update mental_analyses set feedback = cast(? as jsonb) where id = ?").params(feedbackJson, id).update();
    }
}
