package app.dearme.mental;

import app.dearme.platform.error.ApiException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** A report period in the user's calendar: weeks run Monday–Sunday, months 1st–last day. */
record ReportPeriod(ReportType type, LocalDate start, LocalDate end) {

    enum ReportType { weekly, monthly }

    static ReportPeriod containing(ReportType type, LocalDate day) {
        return switch (type) {
            case weekly -> of(type, day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
            case monthly -> of(type, day.withDayOfMonth(1));
        };
    }

    /** 400 unless {@code start} begins a period of this type (a Monday / the 1st). */
    static ReportPeriod starting(ReportType type, LocalDate start) {
        boolean ok = type == ReportType.weekly ? start.getDayOfWeek() == DayOfWeek.MONDAY : start.getDayOfMonth() == 1;
        if (!ok) {
            throw type == ReportType.weekly
                    ? ApiException.badRequest("period_start", "주간 리포트의 시작일은 월요일이어야 해요.", "period_start must be a Monday.")
                    : ApiException.badRequest("period_start", "월간 리포트의 시작일은 1일이어야 해요.", "period_start must be the 1st of a month.");
        }
        return of(type, start);
    }

    private static ReportPeriod of(ReportType type, LocalDate start) {
        LocalDate end = type == ReportType.weekly ? start.plusDays(6) : start.with(TemporalAdjusters.lastDayOfMonth());
        return new ReportPeriod(type, start, end);
    }

    ReportPeriod previous() {
        return type == ReportType.weekly ? of(type, start.minusWeeks(1)) : of(type, start.minusMonths(1));
    }

    ReportPeriod next() {
        return type == ReportType.weekly ? of(type, start.plusWeeks(1)) : of(type, start.plusMonths(1));
    }
}
