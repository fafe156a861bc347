package app.dearme.quiz;

import app.dearme.notification.Notifications;
import app.dearme.vocabulary.PersonaLevel;
import app.dearme.persona.PersonaRebuilder;
import app.dearme.persona.PersonaView;
import app.dearme.persona.Personas;
import app.dearme.platform.jobs.JobContext;
import app.dearme.platform.jobs.JobHandler;
import app.dearme.platform.text.Josa;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** persona_upgrade: rebuilds the persona from diaries at the next level; same id, settings and chats. */
@Component
class PersonaUpgradeJob implements JobHandler {

    private final Personas personas;
    private final PersonaRebuilder rebuilder;
    private final Notifications notifications;

    PersonaUpgradeJob(Personas personas, PersonaRebuilder rebuilder, Notifications notifications) {
        this.personas = personas;
        this.rebuilder = rebuilder;
        this.notifications = notifications;
    }

    @Override
    public String kind() {
        return QuizService.JOB_UPGRADE;
    }

    @Override
    public void run(JobContext job) {
        long userId = job.userId();
        PersonaLevel target = PersonaLevel.of(job.param("target_level"));
        Optional<PersonaView> current = personas.ofUser(userId);
        if (current.isEmpty() || current.get().personaLevel().ordinal() >= target.ordinal()) {
            return; // deleted meanwhile, or an earlier attempt already committed
        }
        rebuilder.rebuild(userId, target, Notifications.PERSONA_UPGRADED, Josa.attach(target.label(), "으로/로") + " 성장했어요",
                (p, n) -> Josa.attach(p.name(), "이/가") + " 일기 " + n + "개만큼 더 당신을 닮아 갔어요.");
    }

    @Override
    public void onFailed(JobContext job, Throwable cause) {
        notifications.notify(job.userId(), Notifications.PERSONA_FAILED, "페르소나를 업그레이드하지 못했어요",
                "잠시 후 다시 시도해 주세요.", "job", job.jobId());
    }
}
