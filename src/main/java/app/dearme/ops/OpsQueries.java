package app.dearme.ops;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Aggregate counts for the admin page. Read-only range counts over other modules' tables (users,
 * diaries, jobs): an operations read model, it never reads or changes a row's content.
 */
@Component
class OpsQueries {

    record ActiveUsers(long dau, long wau, long mau) {
    }

    private final JdbcClient jdbc;

    OpsQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    ActiveUsers activeUsers() {
        return jdbc.sql("""
                select count(*) filter (where last_seen_at >= now() - interval '1 day')  as dau,
                       count(*) filter (where last_seen_at >= now() - interval '7 days') as wau,
                       count(*)                                                           as mau
                  from users
                 where last_seen_at >= now() - interval '30 days'""")
                .query((rs, i) -> new ActiveUsers(rs.getLong("dau"), rs.getLong("wau"), rs.getLong("mau"))).single();
    }

    @Transactional(readOnly = true)
    long diariesCreatedToday(ZoneId zone) {
        OffsetDateTime start = LocalDate.now(zone).atStartOfDay(zone).toOffsetDateTime();
        return jdbc.sql("select count(*) from diaries where created_at >= ?").param(start).query(Long.class).single();
    }

    @Transactional(readOnly = true)
    OpsDtos.JobStats jobs() {
        return jdbc.sql("""
                select count(*) filter (where status = 'queued')  as queued,
                       count(*) filter (where status = 'running') as running,
                       count(*) filter (where status = 'failed' and finished_at >= now() - interval '24 hours') as failed,
                       count(*) filter (where status = 'done' and finished_at >= now() - interval '24 hours')   as done
                  from jobs
                 where status in ('queued', 'running') or finished_at >= now() - interval '24 hours'""")
                .query((rs, i) -> new OpsDtos.JobStats(rs.getLong("queued"), rs.getLong("running"),
                        rs.getLong("failed"), rs.getLong("done"))).single();
    }
}
