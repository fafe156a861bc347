package app.dearme.platform.jobs;

import app.dearme.platform.error.ApiException;
import app.dearme.platform.security.AuthUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class JobController {

    private final Jobs jobs;

    JobController(Jobs jobs) {
        this.jobs = jobs;
    }

    @GetMapping("/api/v1/jobs/{id}")
    JobView job(AuthUser me, @PathVariable long id) {
        return jobs.owned(id, me.id()).orElseThrow(() -> ApiException.notFound("작업"));
    }
}
