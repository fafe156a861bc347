package app.dearme.mental;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.dearme.support.TestUsers.User;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import app.dearme.platform.jobs.Jobs;
import tools.jackson.databind.JsonNode;

class MentalReportIT extends MentalTestBase {

    @Autowired
    ReportScheduling scheduling;

    @Autowired
    JdbcClient jdbcClient;

    @Autowired
    Jobs jobs;

    @Autowired
    TransactionTemplate tx;

    @Test
    void weeklyReportsRunMondayToSundayInSeoulAcrossTheMonthBoundary() {
        User u = users.aUser();
        seedAnalysis(u, LocalDate.of(2025, 2, 28), 40); // previous week (Fri), previous month
        seedAnalysis(u, LocalDate.of(2025, 3, 2), 40);  // previous week (Sun), this month
        seedAnalysis(u, LocalDate.of(2025, 3, 3), 60);  // Monday
        seedAnalysis(u, LocalDate.of(2025, 3, 9), 70, 70, 70, 50, 70, 70);  // Sunday

        JsonNode week = api.get("/api/v1/mental/reports/weekly?period_start=2025-03-03").auth(u).expect(200).json();
        assertThat(week.get("report_type").asString()).isEqualTo("weekly");
        assertThat(week.get("period_end").asString()).isEqualTo("2025-03-09");
        assertThat(week.get("daily_scores")).hasSize(2);
        assertThat(week.get("daily_scores").get(0).get("date").asString()).isEqualTo("2025-03-03");
        assertThat(week.get("averages").get("emotional_stability").asInt()).isEqualTo(65);
        assertThat(week.get("averages").get("positivity").asInt()).isEqualTo(55);
        assertThat(week.get("trend").get("has_previous").asBoolean()).isTrue();
        assertThat(week.get("trend").get("emotional_stability").get("delta").asInt()).isEqualTo(25);
        assertThat(week.get("trend").get("emotional_stability").get("direction").asString()).isEqualTo("up");
        assertThat(week.get("trend").get("positivity").get("delta").asInt()).isEqualTo(15);
        assertThat(week.get("insights")).hasSize(3);
        assertThat(week.get("recommendations")).hasSize(3);

        JsonNode prevWeek = api.get("/api/v1/mental/reports/weekly?period_start=2025-02-24").auth(u).expect(200).json();
        assertThat(prevWeek.get("daily_scores")).hasSize(2);
        assertThat(prevWeek.get("trend").get("has_previous").asBoolean()).isFalse();
        assertThat(prevWeek.get("trend").get("emotional_stability").get("direction").asString()).isEqualTo("stable");

        JsonNode march = api.get("/api/v1/mental/reports/monthly?period_start=2025-03-01").auth(u).expect(200).json();
        assertThat(march.get("period_end").asString()).isEqualTo("2025-03-31");
        assertThat(march.get("daily_scores")).hasSize(3);
        JsonNode feb = api.get("/api/v1/mental/reports/monthly?period_start=2025-02-01").auth(u).expect(200).json();
        assertThat(feb.get("period_end").asString()).isEqualTo("2025-02-28");
        assertThat(feb.get("daily_scores")).hasSize(1);
        // March versus February: 57 vs 40 on emotional stability
        assertThat(march.get("trend").get("emotional_stability").get("delta").asInt()).isEqualTo(17);

        api.get("/api/v1/mental/reports/weekly?period_start=2025-03-04").auth(u).expect(400);
        api.get("/api/v1/mental/reports/monthly?period_start=2025-03-02").auth(u).expect(400);
        api.get("/api/v1/mental/reports/weekly?period_start=2025-13-01").auth(u).expect(400);
        api.get("/api/v1/mental/reports/weekly?period_start=abc").auth(u).expect(400);
        api.get("/api/v1/mental/reports/weekly?period_start=2025-03-17").auth(u).expect(404);
        api.get("/api/v1/mental/reports/weekly?period_start=2025-03-03").auth(users.aUser()).expect(404);
    }

    @Test
    void theCurrentPeriodIsRefreshedOnlyWhenItsAnalysesChange() {
        User u = users.aUser();
        api.get("/api/v1/mental/reports/weekly").auth(u).expect(404);
        api.get("/api/v1/mental/reports/monthly").auth(u).expect(404);
        long analysis = seedAnalysis(u, today(), 50);
        JsonNode first = api.get("/api/v1/mental/reports/weekly").auth(u).expect(200).json();
        LocalDate start = LocalDate.parse(first.get("period_start").asString());
        assertThat(start.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
        assertThat(start).isBeforeOrEqualTo(today()).isAfter(today().minusDays(7));
        JsonNode same = api.get("/api/v1/mental/reports/weekly").auth(u).expect(200).json();
        assertThat(same.get("updated_at").asString()).isEqualTo(first.get("updated_at").asString());

        jdbc.update("update mental_analyses set emotional_stability = 90, created_at = now() where id = ?", analysis);
        JsonNode refreshed = api.get("/api/v1/mental/reports/weekly").auth(u).expect(200).json();
        assertThat(refreshed.get("id").asLong()).isEqualTo(first.get("id").asLong());
        assertThat(refreshed.get("averages").get("emotional_stability").asInt()).isEqualTo(90);
        assertThat(jdbc.queryForObject("select count(*) from mental_reports where user_id = ?", Integer.class, u.id()))
                .isEqualTo(1);
        JsonNode month = api.get("/api/v1/mental/reports/monthly").auth(u).expect(200).json();
        assertThat(LocalDate.parse(month.get("period_start").asString())).isEqualTo(today().withDayOfMonth(1));
    }

    @Test
    void racingSchedulerRunsCreateExactlyOneReportAndOneNotification() throws Exception {
        User u = users.aUser();
        seedAnalysis(u, LocalDate.of(2029, 12, 31), 55); // Monday of the week 2029-12-31..2030-01-06
        seedAnalysis(u, LocalDate.of(2030, 1, 5), 65);
        seedAnalysis(u, LocalDate.of(2029, 12, 15), 45); // December: the monthly report due on 2030-01-01
        User la = users.aUser();
        jdbc.update("update users set timezone = 'America/Los_Angeles' where id = ?", la.id());
        seedAnalysis(la, LocalDate.of(2030, 1, 2), 50);

        // Monday 2030-01-07 08:00 in Seoul: the week is not due yet
        scheduling.enqueueDue(Instant.parse("2030-01-06T23:00:00Z"));
        assertThat(runs(u, "weekly")).isZero();
        assertThat(runs(u, "monthly")).isEqualTo(1); // 1 Jan 09:00 has passed

        Instant due = OffsetDateTime.parse("2030-01-07T10:00:00+09:00").toInstant();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            results.add(pool.submit(() -> {
                go.await();
                return scheduling.enqueueDue(due);
            }));
        }
        go.countDown();
        for (Future<Integer> f : results) {
            f.get();
        }
        pool.shutdown();

        assertThat(runs(u, "weekly")).isEqualTo(1);
        assertThat(runs(la, "weekly")).isZero(); // still Sunday evening in Los Angeles
        assertThat(jdbc.queryForObject("select count(*) from jobs where user_id = ? and kind = 'report_weekly'",
                Integer.class, u.id())).isEqualTo(1);
        await().atMost(Duration.ofSeconds(30)).until(() -> notifications(u) == 2);
        JsonNode report = api.get("/api/v1/mental/reports/weekly?period_start=2029-12-31").auth(u).expect(200).json();
        assertThat(report.get("daily_scores")).hasSize(2);
        assertThat(jdbc.queryForObject("select count(*) from mental_reports where user_id = ?", Integer.class, u.id()))
                .isEqualTo(2);

        // a later scan, and Monday 10:00 in Los Angeles
        scheduling.enqueueDue(due.plus(Duration.ofHours(1)));
        scheduling.enqueueDue(OffsetDateTime.parse("2030-01-07T10:00:00-08:00").toInstant());
        assertThat(runs(la, "weekly")).isEqualTo(1);
        await().atMost(Duration.ofSeconds(30)).until(() -> notifications(la) == 1);
        Thread.sleep(1000);
        assertThat(notifications(u)).isEqualTo(2);
        assertThat(notifications(la)).isEqualTo(1);
    }

    @Test
    void theDailyReminderNotifiesOncePerDayAndNotAfterADiary() throws Exception {
        User remind = users.aUser();
        User wrote = users.aUser();
        for (User x : List.of(remind, wrote)) {
            jdbc.update("update users set reminder_enabled = true, reminder_time = '00:00' where id = ?", x.id());
        }
        writeDiary(wrote, today(), "오늘", "오늘 하루도 무사히 지나갔다.", false);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Integer>> fs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            fs.add(pool.submit(() -> tx.execute(s -> DiaryReminders.enqueueDue(jdbcClient, jobs, Instant.now()))));
        }
        for (Future<Integer> f : fs) {
            f.get();
        }
        pool.shutdown();
        await().atMost(Duration.ofSeconds(30)).until(() -> reminders(remind) == 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from jobs where user_id = ? and kind = 'diary_reminder' and status = 'done'", Integer.class,
                wrote.id()) == 1);
        tx.execute(s -> DiaryReminders.enqueueDue(jdbcClient, jobs, Instant.now()));
        Thread.sleep(500);
        assertThat(reminders(remind)).isEqualTo(1);
        assertThat(reminders(wrote)).isZero();
    }

    private int runs(User u, String type) {
        return jdbc.queryForObject("select count(*) from mental_report_runs where user_id = ? and report_type = ?",
                Integer.class, u.id(), type);
    }

    private int notifications(User u) {
        return jdbc.queryForObject("select count(*) from notifications where user_id = ? and type = 'report_ready'",
                Integer.class, u.id());
    }

    private int reminders(User u) {
        return jdbc.queryForObject("select count(*) from notifications where user_id = ? and type = 'diary_reminder'",
                Integer.class, u.id());
    }
}
