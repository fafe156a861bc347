package app.dearme.mental;

import app.dearme.mental.ReportPeriod.ReportType;
import app.dearme.notification.Notifications;
import app.dearme.platform.jobs.JobContext;
import app.dearme.platform.jobs.JobHandler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/** The 15-minute recurring scan and the report_weekly / report_monthly job handlers. */
@Configuration(proxyBeanMethods = false)
class ReportJobs {

    @Bean
    RecurringTask<Void> mentalReportScan(ReportScheduling scheduling, ObjectProvider<Clock> clock) {
        Clock c = clock.getIfAvailable(Clock::systemUTC);
        return Tasks.recurring("mental-report-scan", FixedDelay.ofMinutes(15))
                .execute((inst, ctx) -> scheduling.enqueueDue(c.instant()));
    }

    @Bean
    JobHandler weeklyReportJob(ReportService reports, ReportScheduling scheduling, Notifications notifications,
                               TransactionTemplate tx) {
        return new Handler(ReportType.weekly, reports, scheduling, notifications, tx);
    }

    @Bean
    JobHandler monthlyReportJob(ReportService reports, ReportScheduling scheduling, Notifications notifications,
                                TransactionTemplate tx) {
        return new Handler(ReportType.monthly, reports, scheduling, notifications, tx);
    }

    record Handler(ReportType type, ReportService reports, ReportScheduling scheduling, Notifications notifications,
                   TransactionTemplate tx) implements JobHandler {

        @Override
        public String kind() {
            return type == ReportType.weekly ? ReportScheduling.WEEKLY_KIND : ReportScheduling.MONTHLY_KIND;
        }

        @Override
        public void run(JobContext job) {
            long userId = job.userId();
            ReportPeriod period = ReportPeriod.starting(type, LocalDate.parse(job.param("period_start")));
            // generated outside any transaction (the AI call holds no connection); the "notified" mark and the
            // notification commit together, so a retried job never notifies twice
            Optional<ReportView> report = reports.ensure(userId, period);
            if (report.isEmpty()) {
                return;
            }
            tx.executeWithoutResult(s -> {
                if (scheduling.claimNotification(userId, type, period.start())) {
                    String label = type == ReportType.weekly ? "주간" : "월간";
                    notifications.notify(userId, Notifications.REPORT_READY, label + " 마음 리포트가 도착했어요",
                            period.start() + " ~ " + period.end() + " 기록을 정리했어요.", "mental_report",
                            report.get().id());
                }
            });
        }
    }
}
