package app.dearme.diary;

import app.dearme.platform.security.AuthUser;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Admin-only (the whole /api/v1/admin tree requires role admin): rebuild the Korean full-text index. */
@RestController
@RequestMapping("/api/v1/admin/diaries")
class DiaryAdminController {

    private final DiaryReindexer reindexer;

    DiaryAdminController(DiaryReindexer reindexer) {
        this.reindexer = reindexer;
    }

    @PostMapping("/reindex")
    DiaryDtos.Reindexed reindex(AuthUser me, @RequestParam(name = "user_id", required = false) Long userId,
                                @RequestParam(defaultValue = "false") boolean force) {
        return new DiaryDtos.Reindexed(reindexer.reindex(userId, force));
    }
}
