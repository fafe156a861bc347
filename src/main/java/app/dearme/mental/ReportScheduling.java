package app.dearme.mental;

import app.dearme.mental.ReportPeriod.ReportType;
import app.dearme.platform.jobs.Jobs;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * SPEC §8 scheduled reports: weekly on Monday 09:00 and monthly on the 1st 09:00 in each user's zone, for
 * users with analyses in the period that just ended. Called every 15 minutes; any number of concurrent
 * callers (instances) is safe: the marker row's primary key lets exactly one of them enqueue the job. Zones come from
 * the user module's published read model {@code active_users} (issue 17).
 */
@Service
class ReportScheduling {

    static final String WEEKLY_KIND = "report_weekly";
    static final String MONTHLY_KIND = "report_monthly";

    private final JdbcClient jdbc;
    private final Jobs jobs;

    ReportScheduling(JdbcClient jdbc, Jobs jobs) {
        this.jdbc = jdbc;
        this.jobs = jobs;
    }

    /** Claims due (user, period) pairs and enqueues one report job per newly claimed pair; returns that count. */
    @Transactional
    int enqueueDue(Instant now) {
        return enqueue(ReportType.weekly, now) + enqueue(ReportType.monthly, now);
    }

    private int enqueue(ReportType type, Instant now) {
        // local period start of the current week/month; once 09:00 local of that day has passed, the period
        // before it is due, otherwise the one before that (a catch-up in case the scheduler was down)
        String unit = type == ReportType.weekly ? "week" : "month";
        String step = type == ReportType.weekly ? "7 days" : "1 month";
        List<Object[]> claimed = jdbc.sql("""
                with local as (
                    select u.user_id, (cast(:now as timestamptz) at time zone u.timezone) as local_now
                      from active_users u
                ), due as (
                    select user_id,
                           cast(case when local_now >= date_trunc('%1$s', local_now) + interval '9 hours'
                                     then date_trunc('%1$s', local_now) - interval '%2$s'
                                     else date_trunc('%1$s', local_now) - 2 * interval '%2$s' end as date) as period_start
                      from local
                )
                insert into mental_report_runs (user_id, report_type, period_start)
                select d.user_id, :type, d.period_start from due d
                 where exists (select 1 from mental_analyses a where a.user_id = d.user_id
                                 and a.analysis_date >= d.period_start
                                 and a.analysis_date < cast(d.period_start + interval '%2$s' as date))
                on conflict do nothing
                returning user_id, period_start""".formatted(unit, step))
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).param("type", type.name())
                .query((rs, i) -> new Object[] {rs.getLong(1), rs.getObject(2, LocalDate.class)}).list();
        for (Object[] row : claimed) {
            long userId = (Long) row[0];
            LocalDate start = (LocalDate) row[1];
            long jobId = jobs.enqueue(type == ReportType.weekly ? WEEKLY_KIND : MONTHLY_KIND, userId,
                    Map.of("period_start", start.toString()));
            jdbc.sql("update mental_report_runs set job_id = ? where user_id = ? and report_type = ? and period_start = ?")
                    .params(jobId, userId, type.name(), start).update();
        }
        return claimed.size();
    }

    /** True for exactly one caller per (user, period): the one that records the notification. */
    boolean claimNotification(long userId, ReportType type, LocalDate periodStart) {
        return jdbc.sql("""
                update mental_report_runs set notified_at = now()
                 where user_id = ? and report_type = ? and period_start = ? and notified_at is null""")
                .params(userId, type.name(), periodStart).update() == 1;
    }
}
