package app.dearme.quiz;

import app.dearme.ai.AiEngine;
import app.dearme.ai.DiaryText;
import app.dearme.ai.PersonaDraft;
import app.dearme.diary.DiaryReader;
import app.dearme.notification.Notifications;
import app.dearme.persona.PersonaLevel;
import app.dearme.persona.PersonaView;
import app.dearme.persona.Personas;
import app.dearme.platform.jobs.JobContext;
import app.dearme.platform.jobs.JobHandler;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** persona_upgrade: rebuilds the persona from diaries at the next level; same id, settings and chats. */
@Component
class PersonaUpgradeJob implements JobHandler {

    private final DiaryReader diaries;
    private final AiEngine ai;
    private final Personas personas;
    private final Notifications notifications;
    private final TransactionTemplate tx;

    PersonaUpgradeJob(DiaryReader diaries, AiEngine ai, Personas personas, Notifications notifications,
                      TransactionTemplate tx) {
        this.diaries = diaries;
        this.ai = ai;
        this.personas = personas;
        this.notifications = notifications;
        this.tx = tx;
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
        List<DiaryText> recent = diaries.recentPublic(userId, 30);
        if (recent.size() < target.requiredDiaries()) {
            throw new IllegalStateException("only " + recent.size() + " non-private diaries for " + target);
        }
        PersonaDraft draft = ai.personaFromDiaries(recent);
        tx.executeWithoutResult(s -> {
            PersonaView p = personas.applyGenerated(userId, draft, target, recent.size(), recent.getFirst().date());
            notifications.notify(userId, Notifications.PERSONA_UPGRADED, target.label() + "(으)로 성장했어요",
                    p.name() + "이(가) 일기 " + recent.size() + "개만큼 더 당신을 닮아 갔어요.", "persona", p.id());
        });
    }

    @Override
    public void onFailed(JobContext job, Throwable cause) {
        notifications.notify(job.userId(), Notifications.PERSONA_FAILED, "페르소나를 업그레이드하지 못했어요",
                "잠시 후 다시 시도해 주세요.", "job", job.jobId());
    }
}
