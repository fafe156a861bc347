package app.dearme.mental;

import app.dearme.ai.MentalScores;
import app.dearme.ai.MentalTrend;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Two weekly means off the (user_id, analysis_date desc) index: the week that ends with the latest analysis, and
 * the week before it.
 */
@Component
class JdbcMentalTrends implements MentalTrends {

    private final JdbcClient jdbc;

    JdbcMentalTrends(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Week(MentalScores mean, int count) {
    }

    @Override
    public Optional<MentalTrend> recent(long userId, LocalDate today, int staleAfterDays) {
        Optional<LocalDate> latest = jdbc.sql(
                        "select analysis_date from mental_analyses where user_id = ? order by analysis_date desc limit 1")
                .param(userId).query(LocalDate.class).optional();
        if (latest.isEmpty() || latest.get().isBefore(today.minusDays(staleAfterDays))) {
            return Optional.empty();
        }
        LocalDate end = latest.get();
        Week recent = week(userId, end.minusDays(6), end);
        Week previous = week(userId, end.minusDays(13), end.minusDays(7));
        return Optional.of(new MentalTrend(end, recent.mean(), recent.count(),
                previous.count() == 0 ? null : previous.mean(), previous.count()));
    }

    private Week week(long userId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select count(*), round(avg(emotional_stability)), round(avg(vitality)), round(avg(self_esteem)),
                               round(avg(positivity)), round(avg(social_connection)), round(avg(resilience))
                          from mental_analyses where user_id = ? and analysis_date between ? and ?""")
                .params(userId, from, to)
                .query((rs, i) -> new Week(new MentalScores(rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                        rs.getInt(6), rs.getInt(7)), rs.getInt(1))).single();
    }
}
