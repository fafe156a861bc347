package app.dearme.ops;

import app.dearme.platform.error.ApiException;
import app.dearme.platform.security.AuthUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** SPEC §13. Security already limits /api/v1/admin/** to admins; the check here keeps it true if that moves. */
@RestController
@RequestMapping("/api/v1/admin/ops")
class OpsController {

    private final OverviewService overview;
    private final AdviceService advice;
    private final OpsHistory history;

    OpsController(OverviewService overview, AdviceService advice, OpsHistory history) {
        this.overview = overview;
        this.advice = advice;
        this.history = history;
    }

    @GetMapping("/overview")
    OpsDtos.Overview overview(AuthUser me) {
        requireAdmin(me);
        return overview.overview();
    }

    @GetMapping("/advice")
    OpsDtos.Advice advice(AuthUser me) {
        requireAdmin(me);
        return advice.advice();
    }

    /** This instance's figures over the last hour, one point per ticker interval (the page's charts). */
    @GetMapping("/history")
    OpsDtos.History history(AuthUser me) {
        requireAdmin(me);
        return history.history();
    }

    private static void requireAdmin(AuthUser me) {
        if (!me.isAdmin()) {
            throw ApiException.forbidden("admin-only", "관리자만 볼 수 있습니다.", "Administrators only.");
        }
    }
}
