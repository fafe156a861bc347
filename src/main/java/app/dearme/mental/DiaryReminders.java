package app.dearme.mental;

import app.dearme.diary.DiaryReader;
import app.dearme.notification.Notifications;
import app.dearme.platform.jobs.JobContext;
import app.dearme.platform.jobs.JobHandler;
import app.dearme.platform.jobs.Jobs;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * SPEC §8 daily reminder: once the user's local time passes their reminder_time (when enabled), one
 * diary_reminder job per user and local day — claimed through a marker row, so several instances or
 * runs never remind twice — which notifies unless a diary for that day already exists. Users' zones and settings
 * come from the user module's published read model {@code active_users} (issue 17), so the scan stays one statement.
 */
@Configuration(proxyBeanMethods = false)
class DiaryReminders {

    static final String KIND = "diary_reminder";

    @Bean
    RecurringTask<Void> diaryReminderScan(JdbcClient jdbc, Jobs jobs, TransactionTemplate tx, ObjectProvider<Clock> clock) {
        Clock c = clock.getIfAvailable(Clock::systemUTC);
        return Tasks.recurring("diary-reminder-scan", FixedDelay.ofMinutes(5))
                .execute((inst, ctx) -> tx.executeWithoutResult(s -> enqueueDue(jdbc, jobs, c.instant())));
    }

    static int enqueueDue(JdbcClient jdbc, Jobs jobs, Instant now) {
        List<Object[]> claimed = jdbc.sql("""
                with local as (
                    select u.user_id as id, (cast(:now as timestamptz) at time zone u.timezone) as local_now,
                           u.reminder_time
                      from active_users u where u.reminder_enabled and u.reminder_time is not null
                )
                insert into diary_reminder_runs (user_id, reminder_date)
                select id, cast(local_now as date) from local where cast(local_now as time) >= reminder_time
                on conflict do nothing
                returning user_id, reminder_date""")
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .query((rs, i) -> new Object[] {rs.getLong(1), rs.getObject(2, LocalDate.class)}).list();
        for (Object[] row : claimed) {
            long jobId = jobs.enqueue(KIND, (Long) row[0], Map.of("date", row[1].toString()));
            jdbc.sql("update diary_reminder_runs set job_id = ? where user_id = ? and reminder_date = ?")
                    .params(jobId, row[0], row[1]).update();
        }
        return claimed.size();
    }

    @Bean
    JobHandler diaryReminderJob(JdbcClient jdbc, DiaryReader diaries, Notifications notifications,
                                TransactionTemplate tx) {
        return new JobHandler() {
            @Override
            public String kind() {
                return KIND;
            }

            @Override
            public void run(JobContext job) {
                long userId = job.userId();
                LocalDate day = LocalDate.parse(job.param("date"));
                if (diaries.lastDiaryDate(userId).filter(d -> !d.isBefore(day)).isPresent()) {
                    return; // already written today
                }
                tx.executeWithoutResult(s -> {
                    boolean first = jdbc.sql("update diary_reminder_runs set notified_at = now() "
                                    + "where user_id = ? and reminder_date = ? and notified_at is null")
                            .params(userId, day).update() == 1;
                    if (first) {
                        notifications.notify(userId, Notifications.DIARY_REMINDER, "오늘의 일기를 써 볼까요?",
                                "오늘 하루는 어땠나요? 짧게라도 마음을 남겨 보세요.", null, null);
                    }
                });
            }
        };
    }
}
