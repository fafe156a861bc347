package app.dearme.diary;

import app.dearme.platform.error.ApiException;
import app.dearme.user.UserClock;
import app.dearme.vocabulary.Mood;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Read side of the owner's API: list/search, count, calendar. */
@Service
@Transactional(readOnly = true) // one snapshot per read; with a replica configured, served by it
class DiaryQueries {

    static final int MAX_QUERY = 200;

    private final DiaryStore store;
    private final DiaryIndexer indexer;
    private final UserClock clock;
    private final DiaryFirstPage firstPage;
    private final JsonMapper json;
    private final DayCache months;

    DiaryQueries(DiaryStore store, DiaryIndexer indexer, UserClock clock, DiaryFirstPage firstPage, JsonMapper json,
                 DiaryReadCaches caches) {
        this.months = caches.months;
        this.json = json;
        this.store = store;
        this.firstPage = firstPage;
        this.indexer = indexer;
        this.clock = clock;
    }

    /**
     * {@code q} matches diaries containing every analysed morpheme of the query (private ones included: it
     * is the owner's own search), best rank first. A query with no content morpheme (only particles or
     * symbols) falls back to a plain substring match. The answer is the JSON of a {@link DiaryDtos.Page}: the
     * unfiltered first page comes serialised from {@link DiaryFirstPage}.
     */
    byte[] list(long userId, int page, int perPage, String mood, LocalDate from, LocalDate to, String q) {
        if (page < 1) {
            throw ApiException.badRequest("page", "page는 1 이상이어야 해요.", "page must be ≥ 1.");
        }
        if (perPage < 1 || perPage > 100) {
            throw ApiException.badRequest("per_page", "per_page는 1~100이어야 해요.", "per_page must be 1–100.");
        }
        String raw = DiaryRules.blankToNull(mood);
        Mood m = raw == null ? null : Mood.parse(raw).orElseThrow(
                () -> ApiException.badRequest("mood", "허용되지 않는 기분이에요.", "Unknown mood."));
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.badRequest("from", "from은 to보다 늦을 수 없어요.", "from must not be after to.");
        }
        String query = q == null ? null : DiaryRules.clean(q).strip();
        if (query != null && query.length() > MAX_QUERY) {
            throw ApiException.badRequest("q", "검색어는 200자 이하로 입력해 주세요.", "q must be at most 200 characters.");
        }
        String tsquery = null;
        String substring = null;
        if (query != null && !query.isEmpty()) {
            tsquery = indexer.tsquery(query, true).orElse(null);
            substring = tsquery == null ? query : null;
        }
        DiaryStore.Filter filter = new DiaryStore.Filter(m, from, to, tsquery, substring);
        if (page == 1 && filter.isEmpty()) {
            return firstPage.get(userId, perPage, size -> store.page(userId, filter, 1, size));
        }
        return json.writeValueAsBytes(store.page(userId, filter, page, perPage));
    }

    long count(long userId) {
        return store.count(userId);
    }

    DiaryDtos.Calendar calendar(long userId, Integer year, Integer month) {
        LocalDate today = clock.today(userId);
        int y = year == null ? today.getYear() : year;
        int mo = month == null ? today.getMonthValue() : month;
        if (y < 1900 || y > 2100) {
            throw ApiException.badRequest("year", "year는 1900~2100 사이여야 해요.", "year must be 1900–2100.");
        }
        if (mo < 1 || mo > 12) {
            throw ApiException.badRequest("month", "month는 1~12여야 해요.", "month must be 1–12.");
        }
        if (YearMonth.of(y, mo).equals(YearMonth.from(today))) { // the home screen's month: cached for today
            return months.get(userId, today, () -> new Month(today, calendar(userId, y, mo))).calendar();
        }
        return calendar(userId, y, mo);
    }

    /** This month's calendar, cached for the user's today ({@link DiaryReadCaches}). */
    record Month(LocalDate day, DiaryDtos.Calendar calendar) implements Serializable, DayCache.Dated {
    }

    private DiaryDtos.Calendar calendar(long userId, int y, int mo) {
        YearMonth ym = YearMonth.of(y, mo);
        var items = store.daysBetween(userId, ym.atDay(1), ym.atEndOfMonth()).stream()
                .map(d -> new DiaryDtos.CalendarItem(d.date(), d.mood(), d.id())).toList();
        return new DiaryDtos.Calendar(y, mo, items);
    }
}
