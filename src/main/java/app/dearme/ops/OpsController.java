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

    OpsController(OverviewService overview, AdviceService advice) {
        this.overview = overview;
        this.advice = advice;
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

    private static void requireAdmin(AuthUser me) {
        if (!me.isAdmin()) {
            throw ApiException.forbidden("admin-only", "관리자만 볼 수 있습니다.", "Administrators only.");
        }
    }
}
