package app.dearme.diary;

import app.dearme.vocabulary.Mood;
import app.dearme.vocabulary.Weather;
import app.dearme.platform.error.ApiException.FieldProblem;
import app.dearme.user.UserAccounts;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /diaries/import} (SPEC §5). Rules: the writing window does not apply; one diary per date — several
 * entries of one date in the same file are merged into one diary (later entries appended under their title),
 * and a date that already has a diary is left untouched (its entries count as skipped), so importing the same
 * file again changes nothing. The whole import is one transaction: all valid entries or none. Quotas: entries
 * per file ({@link ImportReader}), imports per 24 hours ({@link ImportQuota}), and a bounded follow-up
 * ({@link DiaryService#imported}).
 */
@Service
class DiaryImportService {

    private final ImportReader reader;
    private final DiaryStore store;
    private final DiaryIndexer indexer;
    private final DiaryService diaries;
    private final Idempotency idempotency;
    private final UserAccounts accounts;
    private final JsonMapper json;
    private final ImportQuota quota;
    private final TransactionTemplate tx;
    private final Validator validator;

    DiaryImportService(ImportReader reader, DiaryStore store, DiaryIndexer indexer, DiaryService diaries,
                       Idempotency idempotency, UserAccounts accounts, JsonMapper json, ImportQuota quota,
                       PlatformTransactionManager txm, Validator validator) {
        this.validator = validator;
        this.reader = reader;
        this.store = store;
        this.indexer = indexer;
        this.diaries = diaries;
        this.idempotency = idempotency;
        this.accounts = accounts;
        this.json = json;
        this.quota = quota;
        this.tx = new TransactionTemplate(txm);
    }

    /** A day's diary assembled from one or more entries. */
    private static final class Day {
        final LocalDate date;
        final List<ImportReader.Entry> entries = new ArrayList<>();
        DiaryRules.Fields fields;

        Day(LocalDate date) {
            this.date = date;
        }
    }

    Idempotency.Response importFile(long userId, MultipartFile file, String idemKey) {
        Idempotency.checkKey(idemKey);
        byte[] bytes;
        try {
            bytes = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<ImportReader.Entry> entries = reader.read(bytes, accounts.require(userId).zone());
        List<DiaryDtos.ImportError> errors = new ArrayList<>();
        Map<LocalDate, Day> days = new LinkedHashMap<>();
        for (ImportReader.Entry e : entries) {
            String problem = e.error() != null ? e.error() : firstProblem(validator, e);
            if (problem != null) {
                errors.add(new DiaryDtos.ImportError(e.index(), e.uuid(), problem));
                continue;
            }
            Day day = days.computeIfAbsent(e.date(), Day::new);
            String merged = merge(day, e);
            if (merged == null) {
                errors.add(new DiaryDtos.ImportError(e.index(), e.uuid(),
                        "같은 날짜의 일기와 합치면 20,000자를 넘어서 가져오지 못했어요."));
            }
        }
        Map<LocalDate, DiaryIndexer.Index> index = new LinkedHashMap<>();
        days.values().forEach(d -> index.put(d.date, indexer.index(d.fields.title(), d.fields.content())));
        String requestHash = Idempotency.hash(bytes);
        return tx.execute(s -> idempotency.run(userId, "diary_import", idemKey, requestHash, () -> {
            quota.claim(userId, entries.size());
            int imported = 0;
            int skipped = 0;
            List<DiaryDtos.Diary> created = new ArrayList<>();
            for (Day day : days.values()) {
                var diary = store.insert(userId, day.fields, day.date, index.get(day.date));
                if (diary.isPresent()) {
                    imported += day.entries.size();
                    created.add(diary.get());
                } else {
                    skipped += day.entries.size();
                }
            }
            diaries.imported(userId, created);
            var result = new DiaryDtos.ImportResult(imported, skipped, errors);
            return new Idempotency.Response(200, json.writeValueAsString(result));
        }));
    }

    private static String firstProblem(Validator validator, ImportReader.Entry e) {
        List<FieldProblem> problems = DiaryRules.check(validator, e.title(), e.content(), e.mood(), e.weather(),
                e.date());
        return problems.isEmpty() ? null : problems.get(0).field() + ": " + problems.get(0).messageKo();
    }

    /** Adds the entry to its day; null when the merged content would exceed the content limit. */
    private static String merge(Day day, ImportReader.Entry e) {
        String title = e.title().strip();
        String content = e.content();
        if (day.fields == null) {
            day.fields = new DiaryRules.Fields(title, content, Mood.fromColumn(e.mood()), Weather.fromColumn(e.weather()),
                    e.isPrivate());
        } else {
            String merged = day.fields.content() + "\n\n## " + title + "\n\n" + content;
            if (merged.codePointCount(0, merged.length()) > DiaryDtos.CONTENT_MAX) {
                return null;
            }
            DiaryRules.Fields f = day.fields;
            day.fields = new DiaryRules.Fields(f.title(), merged, f.mood() != null ? f.mood() : Mood.fromColumn(e.mood()),
                    f.weather() != null ? f.weather() : Weather.fromColumn(e.weather()), f.isPrivate() || e.isPrivate());
        }
        day.entries.add(e);
        return day.fields.content();
    }
}
