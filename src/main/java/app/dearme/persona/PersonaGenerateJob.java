package app.dearme.persona;

import app.dearme.ai.AiEngine;
import app.dearme.ai.DiaryText;
import app.dearme.ai.PersonaDraft;
import app.dearme.diary.DiaryReader;
import app.dearme.notification.Notifications;
import app.dearme.platform.jobs.JobContext;
import app.dearme.platform.jobs.JobHandler;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * persona_generate: builds (or rebuilds, mode=regenerate) the complete persona from the 30 most recent
 * non-private diaries. The AI call runs outside any transaction; the write and the notification
 * commit together, so a retried attempt never leaves a persona without its notification.
 */
@Component
class PersonaGenerateJob implements JobHandler {

    static final int MAX_DIARIES = 30;

    private final DiaryReader diaries;
    private final AiEngine ai;
    private final Personas personas;
    private final Notifications notifications;
    private final TransactionTemplate tx;

    PersonaGenerateJob(DiaryReader diaries, AiEngine ai, Personas personas, Notifications notifications,
                       TransactionTemplate tx) {
        this.diaries = diaries;
        this.ai = ai;
        this.personas = personas;
        this.notifications = notifications;
        this.tx = tx;
    }

    @Override
    public String kind() {
        return PersonaService.JOB_GENERATE;
    }

    @Override
    public void run(JobContext job) {
        long userId = job.userId();
        List<DiaryText> recent = diaries.recentPublic(userId, MAX_DIARIES);
        if (recent.size() < PersonaLevel.complete.requiredDiaries()) {
            throw new IllegalStateException("only " + recent.size() + " non-private diaries");
        }
        PersonaDraft draft = ai.personaFromDiaries(recent);
        boolean regenerate = "regenerate".equals(job.param("mode"));
        tx.executeWithoutResult(s -> {
            PersonaView p = personas.applyGenerated(userId, draft, PersonaLevel.complete, recent.size(),
                    recent.getFirst().date());
            notifications.notify(userId, Notifications.PERSONA_READY,
                    regenerate ? "페르소나를 새로 만들었어요" : "페르소나가 준비됐어요",
                    p.name() + "을(를) 만나 보세요. 최근 일기 " + recent.size() + "개로 만들었어요.", "persona", p.id());
        });
    }

    @Override
    public void onFailed(JobContext job, Throwable cause) {
        notifications.notify(job.userId(), Notifications.PERSONA_FAILED, "페르소나를 만들지 못했어요",
                "잠시 후 다시 시도해 주세요.", "job", job.jobId());
    }
}
