package app.dearme.mental;

import app.dearme.user.UserClock;
import app.dearme.mental.ReportPeriod.ReportType;
import app.dearme.platform.error.ApiException;
import app.dearme.platform.ratelimit.RateLimitRule;
import app.dearme.platform.ratelimit.RateLimited;
import app.dearme.platform.security.AuthUser;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/mental")
class MentalController {

    private final MentalService mental;
    private final ReportService reports;
    private final UserClock clock;

    MentalController(MentalService mental, ReportService reports, UserClock clock) {
        this.mental = mental;
        this.reports = reports;
        this.clock = clock;
    }

    @GetMapping("/current")
    MentalDtos.Current current(AuthUser me) {
        return mental.current(me.id());
    }

    @GetMapping("/radar")
    MentalDtos.Radar radar(AuthUser me) {
        return mental.radar(me.id());
    }

    @GetMapping("/history")
    MentalDtos.History history(AuthUser me, @RequestParam(defaultValue = "30") int days) {
        return mental.history(me.id(), days);
    }

    @RateLimited(RateLimitRule.AI_PER_USER)
    @GetMapping("/reports/weekly")
    ReportView weekly(AuthUser me, @RequestParam(name = "period_start", required = false)
                      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodStart) {
        return report(me, ReportType.weekly, periodStart);
    }

    @RateLimited(RateLimitRule.AI_PER_USER)
    @GetMapping("/reports/monthly")
    ReportView monthly(AuthUser me, @RequestParam(name = "period_start", required = false)
                       @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodStart) {
        return report(me, ReportType.monthly, periodStart);
    }

    private ReportView report(AuthUser me, ReportType type, LocalDate periodStart) {
        ReportPeriod period = periodStart == null ? ReportPeriod.containing(type, clock.today(me.id()))
                : ReportPeriod.starting(type, periodStart);
        return reports.ensure(me.id(), period).orElseThrow(() -> ApiException.notFound("리포트 기간의 마음 분석"));
    }

    @RateLimited(RateLimitRule.AI_PER_USER)
    @PostMapping("/feedback")
    MentalDtos.FeedbackView feedback(AuthUser me, @RequestBody(required = false) MentalDtos.FeedbackRequest body) {
        return mental.feedback(me.id(), body == null ? null : body.analysisId());
    }

    @GetMapping("/book-recommendations")
    MentalDtos.Books books(AuthUser me) {
        return mental.bookRecommendations(me.id());
    }

    @GetMapping("/negative-trend")
    MentalDtos.NegativeTrend negativeTrend(AuthUser me, @RequestParam(defaultValue = "7") int days) {
        return mental.negativeTrend(me.id(), days);
    }
}
