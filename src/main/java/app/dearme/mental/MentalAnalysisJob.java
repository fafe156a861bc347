package app.dearme.mental;

import app.dearme.ai.AiEngine;
import app.dearme.ai.CrisisResource;
import app.dearme.vocabulary.DiaryText;
import app.dearme.ai.Feedback;
import app.dearme.ai.MentalResult;
import app.dearme.ai.MentalScores;
import app.dearme.ai.OverallStatus;
import app.dearme.diary.DiaryChanged;
import app.dearme.diary.DiaryReader;
import app.dearme.platform.jobs.JobContext;
import app.dearme.platform.jobs.JobHandler;
import app.dearme.platform.jobs.Jobs;
import java.util.Map;
import java.util.Optional;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * One analysis per written or edited diary (private ones too: the result is only ever shown to the
 * owner). The listener runs inside the diary's transaction, so the job exists iff the diary change does.
 */
@Component
class MentalAnalysisJob implements JobHandler {

    static final String KIND = "mental_analysis";

    private final Jobs jobs;
    private final DiaryReader diaries;
    private final AiEngine ai;
    private final AnalysisStore store;
    private final JsonMapper json;

    MentalAnalysisJob(Jobs jobs, DiaryReader diaries, AiEngine ai, AnalysisStore store, JsonMapper json) {
        this.jobs = jobs;
        this.diaries = diaries;
        this.ai = ai;
        this.store = store;
        this.json = json;
    }

    /**
     * After the diary commits, from its stored event publication (issue 17): a failure to enqueue never fails the
     * diary write, and the publication stays incomplete until a resubmission enqueues the analysis.
     */
    @ApplicationModuleListener
    void on(DiaryChanged e) {
        if (e.kind() == DiaryChanged.Kind.CREATED || e.kind() == DiaryChanged.Kind.UPDATED) {
            jobs.enqueue(KIND, e.userId(), Map.of("diary_id", e.diaryId()));
        }
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void run(JobContext job) {
        long userId = job.userId();
        Optional<DiaryText> diary = diaries.owned(userId, job.longParam("diary_id"));
        if (diary.isEmpty()) {
            return; // deleted meanwhile: its analysis went with it
        }
        DiaryText d = diary.get();
        MentalResult result = ai.mentalAnalysis(d);
        MentalScores scores = result.scores().clamped();
        OverallStatus status = OverallStatus.of(scores);
        boolean flagged = result.safety() != null && result.safety().flagged();
        Feedback feedback = withResources(ai.feedback(scores, status), status, flagged);
        try {
            store.upsert(userId, d.id(), d.date(), scores, status, result.summary(), json.writeValueAsString(feedback),
                    flagged);
        } catch (DataIntegrityViolationException deletedMeanwhile) {
            // the diary was deleted between reading and writing: nothing to keep
        }
    }

    /** SPEC §9.4: crisis lines whenever the status is critical or the safety screen fired. */
    static Feedback withResources(Feedback f, OverallStatus status, boolean flagged) {
        boolean needed = status == OverallStatus.critical || flagged;
        if (!needed || (f.resources() != null && !f.resources().isEmpty())) {
            return f;
        }
        return new Feedback(f.statusLabel(), f.message(), f.encouragement(), f.suggestion(), f.emoji(),
                CrisisResource.KOREA);
    }
}
