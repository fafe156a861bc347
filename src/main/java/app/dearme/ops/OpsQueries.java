package app.dearme.ops;

import app.dearme.diary.DiaryReader;
import app.dearme.platform.jobs.Jobs;
import app.dearme.user.UserAccounts;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Aggregate counts for the admin page, each asked of the module that owns the data (issue 17: ops has no SQL on
 * users, diaries or jobs): the user module counts active users, the diary module counts today's diaries, the
 * platform counts jobs. Each is one range count, as before.
 */
@Component
class OpsQueries {

    record ActiveUsers(long dau, long wau, long mau) {
    }

    private final UserAccounts users;
    private final DiaryReader diaries;
    private final Jobs jobs;

    OpsQueries(UserAccounts users, DiaryReader diaries, Jobs jobs) {
        this.users = users;
        this.diaries = diaries;
        this.jobs = jobs;
    }

    @Transactional(readOnly = true)
    ActiveUsers activeUsers() {
        UserAccounts.ActiveUserCounts c = users.activeUserCounts();
        return new ActiveUsers(c.dau(), c.wau(), c.mau());
    }

    @Transactional(readOnly = true)
    long diariesCreatedToday(ZoneId zone) {
        OffsetDateTime start = LocalDate.now(zone).atStartOfDay(zone).toOffsetDateTime();
        return diaries.countCreatedSince(start);
    }

    @Transactional(readOnly = true)
    OpsDtos.JobStats jobs() {
        Jobs.Stats s = jobs.stats();
        return new OpsDtos.JobStats(s.queued(), s.running(), s.failedLast24h(), s.doneLast24h());
    }
}
