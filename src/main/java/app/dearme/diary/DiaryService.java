package app.dearme.diary;

import org.springframework.transaction.annotation.Transactional;
import app.dearme.platform.error.ApiException;
import app.dearme.platform.jobs.Jobs;
import app.dearme.user.UserClock;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Diary writes (SPEC §5). Text is analysed before the transaction opens; the index is written in the same
 * statement as the row, so search sees a diary the moment it is committed. Every write publishes
 * {@link DiaryChanged} inside its transaction.
 */
@Service
class DiaryService {

    static final String INDEX_JOB = "diary_index";

    private final DiaryStore store;
    private final DiaryIndexer indexer;
    private final Idempotency idempotency;
    private final UserClock clock;
    private final Validator validator;
    private final ApplicationEventPublisher events;
    private final Jobs jobs;
    private final JsonMapper json;
    private final DiaryProperties props;
    private final TransactionTemplate tx;

    DiaryService(DiaryStore store, DiaryIndexer indexer, Idempotency idempotency, UserClock clock,
                 ApplicationEventPublisher events, Jobs jobs, JsonMapper json, DiaryProperties props,
                 PlatformTransactionManager txm, Validator validator) {
        this.store = store;
        this.indexer = indexer;
        this.idempotency = idempotency;
        this.clock = clock;
        this.events = events;
        this.jobs = jobs;
        this.json = json;
        this.props = props;
        this.tx = new TransactionTemplate(txm);
        this.validator = validator;
    }

    /** Returns the response to send (status + JSON), which a retry with the same Idempotency-Key replays. */
    Idempotency.Response create(long userId, DiaryDtos.CreateDiary body, String idemKey) {
        Idempotency.checkKey(idemKey);
        DiaryRules.Fields f = DiaryRules.create(body);
        DiaryIndexer.Index ix = indexer.index(f.title(), f.content());
        String requestHash = Idempotency.hash(json.writeValueAsString(body));
        return tx.execute(s -> idempotency.run(userId, "diary_create", idemKey, requestHash, () -> {
            LocalDate today = clock.today(userId);
            DiaryRules.checkWindow(body.diaryDate(), today, props.writableDaysBack());
            DiaryDtos.Diary d;
            try {
                d = store.insert(userId, f, body.diaryDate(), ix).orElseThrow(DiaryService::duplicateDate);
            } catch (DuplicateKeyException e) {
                throw duplicateDate();
            }
            changed(userId, d, DiaryChanged.Kind.CREATED, true);
            return new Idempotency.Response(201, json.writeValueAsString(d));
        }));
    }

    @Transactional(readOnly = true) // one snapshot; with a replica configured, served by it
    DiaryDtos.Diary get(long userId, long id) {
        return store.find(userId, id).orElseThrow(DiaryService::notFound);
    }

    DiaryDtos.Diary patch(long userId, long id, JsonNode body) {
        return tx.execute(s -> {
            DiaryStore.Stored current = store.lock(userId, id).orElseThrow(DiaryService::notFound);
            DiaryRules.Fields f = DiaryRules.patch(current.diary(), body, validator);
            boolean textChanged = !DiaryIndexer.hash(f.title(), f.content()).equals(current.contentHash());
            DiaryIndexer.Index ix = textChanged ? indexer.index(f.title(), f.content()) : null;
            DiaryDtos.Diary d = store.update(userId, id, f, ix);
            changed(userId, d, DiaryChanged.Kind.UPDATED, textChanged);
            return d;
        });
    }

    void delete(long userId, long id) {
        tx.executeWithoutResult(s -> {
            DiaryDtos.Diary d = store.delete(userId, id).orElseThrow(DiaryService::notFound);
            changed(userId, d, DiaryChanged.Kind.DELETED, false);
        });
    }

    /** Inside the write transaction: the event (milestones, mental analysis) and the index job. */
    void changed(long userId, DiaryDtos.Diary d, DiaryChanged.Kind kind, boolean textChanged) {
        int total = store.count(userId);
        events.publishEvent(new DiaryChanged(userId, d.id(), kind, d.diaryDate(), d.isPrivate(), total));
        if (textChanged) {
            jobs.enqueue(INDEX_JOB, userId, Map.of("diary_id", d.id()));
        }
    }

    /**
     * Follow-up work of an import, bounded whatever the file size: the newest {@code analyzeLatest} diaries get
     * the ordinary event (mental analysis, milestones; older days would only fill history nobody looks at,
     * each at one AI call), and every diary is re-indexed by batched index jobs instead of one job each.
     */
    void imported(long userId, List<DiaryDtos.Diary> created) {
        if (created.isEmpty()) {
            return;
        }
        DiaryProperties.Import limits = props.importLimits();
        int total = store.count(userId);
        created.stream().sorted(Comparator.comparing(DiaryDtos.Diary::diaryDate).reversed())
                .limit(Math.max(1, limits.analyzeLatest()))
                .forEach(d -> events.publishEvent(new DiaryChanged(userId, d.id(), DiaryChanged.Kind.CREATED,
                        d.diaryDate(), d.isPrivate(), total)));
        int batch = Math.max(1, limits.indexBatch());
        for (int from = 0; from < created.size(); from += batch) {
            List<Long> ids = created.subList(from, Math.min(created.size(), from + batch)).stream()
                    .map(DiaryDtos.Diary::id).toList();
            jobs.enqueue(INDEX_JOB, userId, Map.of(DiaryIndexJob.BATCH, ids));
        }
    }

    static ApiException notFound() {
        return ApiException.notFound("일기");
    }

    private static ApiException duplicateDate() {
        return ApiException.conflict("diary-exists", "그 날짜에는 이미 일기를 썼어요. 기존 일기를 수정해 주세요.",
                "A diary already exists for that date.");
    }
}
