package app.dearme.persona;

import app.dearme.vocabulary.PersonaLevel;

import app.dearme.notification.Notifications;
import app.dearme.platform.jobs.JobContext;
import app.dearme.platform.jobs.JobHandler;
import app.dearme.platform.text.Josa;
import org.springframework.stereotype.Component;

/** persona_generate: builds (or rebuilds, mode=regenerate) the complete persona. */
@Component
class PersonaGenerateJob implements JobHandler {

    private final PersonaRebuilder rebuilder;
    private final Notifications notifications;

    PersonaGenerateJob(PersonaRebuilder rebuilder, Notifications notifications) {
        this.rebuilder = rebuilder;
        this.notifications = notifications;
    }

    @Override
    public String kind() {
        return PersonaService.JOB_GENERATE;
    }

    @Override
    public void run(JobContext job) {
        boolean regenerate = "regenerate".equals(job.param("mode"));
        rebuilder.rebuild(job.userId(), PersonaLevel.COMPLETE, Notifications.PERSONA_READY,
                regenerate ? "페르소나를 새로 만들었어요" : "페르소나가 준비됐어요",
                (p, n) -> Josa.attach(p.name(), "을/를") + " 만나 보세요. 최근 일기 " + n + "개로 만들었어요.");
    }

    @Override
    public void onFailed(JobContext job, Throwable cause) {
        notifications.notify(job.userId(), Notifications.PERSONA_FAILED, "페르소나를 만들지 못했어요",
                "잠시 후 다시 시도해 주세요.", "job", job.jobId());
    }
}
