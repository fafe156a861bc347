package app.dearme.diary;

import app.dearme.vocabulary.DiaryText;
import app.dearme.vocabulary.Mood;
import app.dearme.vocabulary.Weather;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the diaries table. Every query is scoped by owner. */
@Repository
class DiaryStore {

    static final RowMapper<DiaryDtos.Diary> DIARY = (rs, i) -> new DiaryDtos.Diary(rs.getLong("id"),
            rs.getString("title"), rs.getString("content"), Mood.fromColumn(rs.getString("mood")),
            Weather.fromColumn(rs.getString("weather")),
            rs.getObject("diary_date", LocalDate.class), rs.getBoolean("is_private"),
            rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class));

    static final RowMapper<DiaryText> TEXT = (rs, i) -> new DiaryText(rs.getLong("id"),
            rs.getObject("diary_date", LocalDate.class), rs.getString("title"), rs.getString("content"),
            Mood.fromColumn(rs.getString("mood")), Weather.fromColumn(rs.getString("weather")));

    /** Title morphemes weigh more than body morphemes in the ranking. */
    static final String VECTOR = "setweight(to_tsvector('simple', :tl), 'A') || setweight(to_tsvector('simple', :cl), 'B')";

    private static final String COLS = "id, title, content, mood, weather, diary_date, is_private, created_at, updated_at";

    private final JdbcClient jdbc;

    DiaryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Empty when the user already has a diary on that date (the unique constraint decides, race-free). */
    Optional<DiaryDtos.Diary> insert(long userId, DiaryRules.Fields f, LocalDate date, DiaryIndexer.Index ix) {
        return jdbc.sql("insert into diaries (user_id, title, content, mood, weather, diary_date, is_private, "
                        + "content_hash, search_vector) values (:u, :t, :c, :m, :w, :d, :p, :h, " + VECTOR + ") "
                        + "on conflict on constraint diaries_user_date_uq do nothing returning " + COLS)
                .param("u", userId).param("t", f.title()).param("c", f.content()).param("m", Mood.toColumn(f.mood()))
                .param("w", Weather.toColumn(f.weather())).param("d", date).param("p", f.isPrivate()).param("h", ix.hash())
                .param("tl", ix.titleLexemes()).param("cl", ix.contentLexemes())
                .query(DIARY).optional();
    }

    Optional<DiaryDtos.Diary> find(long userId, long id) {
        return jdbc.sql("select " + COLS + " from diaries where id = ? and user_id = ?").params(id, userId)
                .query(DIARY).optional();
    }

    /** Locks the row for the read-modify-write of a PATCH. */
    Optional<Stored> lock(long userId, long id) {
        return jdbc.sql("select " + COLS + ", content_hash from diaries where id = ? and user_id = ? for update")
                .params(id, userId)
                .query((rs, i) -> new Stored(DIARY.mapRow(rs, i), rs.getString("content_hash"))).optional();
    }

    DiaryDtos.Diary update(long userId, long id, DiaryRules.Fields f, DiaryIndexer.Index reindex) {
        String vector = reindex == null ? "" : ", content_hash = :h, search_vector = " + VECTOR;
        var spec = jdbc.sql("update diaries set title = :t, content = :c, mood = :m, weather = :w, is_private = :p, "
                        + "updated_at = now()" + vector + " where id = :id and user_id = :u returning " + COLS)
                .param("t", f.title()).param("c", f.content()).param("m", Mood.toColumn(f.mood())).param("w", Weather.toColumn(f.weather()))
                .param("p", f.isPrivate()).param("id", id).param("u", userId);
        if (reindex != null) {
            spec = spec.param("h", reindex.hash()).param("tl", reindex.titleLexemes()).param("cl", reindex.contentLexemes());
        }
        return spec.query(DIARY).single();
    }

    Optional<DiaryDtos.Diary> delete(long userId, long id) {
        return jdbc.sql("delete from diaries where id = ? and user_id = ? returning " + COLS).params(id, userId)
                .query(DIARY).optional();
    }

    int count(long userId) {
        return jdbc.sql("select count(*) from diaries where user_id = ?").param(userId).query(Integer.class).single();
    }

    int countPublic(long userId) {
        return jdbc.sql("select count(*) from diaries where user_id = ? and not is_private").param(userId)
                .query(Integer.class).single();
    }

    Optional<LocalDate> lastDate(long userId) {
        return jdbc.sql("select diary_date from diaries where user_id = ? order by diary_date desc limit 1").param(userId)
                .query(LocalDate.class).optional();
    }

    /** Filters for the list; {@code tsquery} is already built from analysed, quoted lexemes. */
    record Filter(Mood mood, LocalDate from, LocalDate to, String tsquery, String substring) {

        boolean isEmpty() {
            return mood == null && from == null && to == null && tsquery == null && substring == null;
        }
    }

    DiaryDtos.Page page(long userId, Filter f, int page, int perPage) {
        StringBuilder where = new StringBuilder(" from diaries where user_id = :u");
        List<Object[]> params = new ArrayList<>();
        params.add(new Object[] {"u", userId});
        if (f.mood() != null) {
            where.append(" and mood = :mood");
            params.add(new Object[] {"mood", f.mood().wire()});
        }
        if (f.from() != null) {
            where.append(" and diary_date >= :from");
            params.add(new Object[] {"from", f.from()});
        }
        if (f.to() != null) {
            where.append(" and diary_date <= :to");
            params.add(new Object[] {"to", f.to()});
        }
        String order = " order by diary_date desc";
        if (f.tsquery() != null) {
            where.append(" and search_vector @@ to_tsquery('simple', :q)");
            params.add(new Object[] {"q", f.tsquery()});
            order = " order by ts_rank_cd(search_vector, to_tsquery('simple', :q)) desc, diary_date desc";
        } else if (f.substring() != null) {
            where.append(" and (title ilike :like escape '\\' or content ilike :like escape '\\')");
            params.add(new Object[] {"like", "%" + f.substring().replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%"});
        }
        // one statement, one round trip: the total (index-only count) joined to the page, which is empty past the end
        var spec = jdbc.sql("with total as (select count(*) as n" + where + ") select total.n as total, p.* from total "
                + "left join lateral (select " + COLS + where + order + " limit :limit offset :offset) p on true");
        for (Object[] p : params) {
            spec = spec.param((String) p[0], p[1]);
        }
        long[] total = {0};
        List<DiaryDtos.Diary> items = new ArrayList<>(perPage);
        spec.param("limit", perPage).param("offset", (long) (page - 1) * perPage).query(rs -> {
            total[0] = rs.getLong("total");
            if (rs.getObject("id") != null) {
                items.add(DIARY.mapRow(rs, items.size()));
            }
        });
        return new DiaryDtos.Page(items, total[0], page, perPage);
    }

    record DayMood(LocalDate date, Mood mood, long id) {
    }

    /** Every diary date (ascending) with its mood — the input of stats. */
    List<DayMood> days(long userId) {
        return jdbc.sql("select diary_date, mood, id from diaries where user_id = ? order by diary_date")
                .param(userId).query((rs, i) -> new DayMood(rs.getObject(1, LocalDate.class),
                        Mood.fromColumn(rs.getString(2)), rs.getLong(3))).list();
    }

    List<DayMood> daysBetween(long userId, LocalDate from, LocalDate to) {
        return jdbc.sql("select diary_date, mood, id from diaries where user_id = ? and diary_date between ? and ? "
                        + "order by diary_date")
                .params(userId, from, to).query((rs, i) -> new DayMood(rs.getObject(1, LocalDate.class),
                        Mood.fromColumn(rs.getString(2)), rs.getLong(3))).list();
    }

    List<DiaryText> texts(long userId, LocalDate from, LocalDate to, boolean includePrivate) {
        return jdbc.sql("select id, diary_date, title, content, mood, weather from diaries where user_id = ? "
                        + "and diary_date between ? and ?" + (includePrivate ? "" : " and not is_private")
                        + " order by diary_date")
                .params(userId, from, to).query(TEXT).list();
    }

    List<DiaryText> recent(long userId, int limit, boolean includePrivate) {
        return jdbc.sql("select id, diary_date, title, content, mood, weather from diaries where user_id = ?"
                        + (includePrivate ? "" : " and not is_private") + " order by diary_date desc limit ?")
                .params(userId, limit).query(TEXT).list();
    }

    List<DiaryDtos.Diary> all(long userId) {
        return jdbc.sql("select " + COLS + " from diaries where user_id = ? order by diary_date").param(userId)
                .query(DIARY).list();
    }

    /** Up to {@code limit} diaries after {@code after} (null: from the first), oldest first; keyset on the unique date. */
    List<DiaryDtos.Diary> pageAfter(long userId, LocalDate after, int limit) {
        return jdbc.sql("select " + COLS + " from diaries where user_id = ? and (cast(? as date) is null or diary_date > ?)"
                + " order by diary_date limit ?").params(userId, after, after, limit).query(DIARY).list();
    }

    record Stored(DiaryDtos.Diary diary, String contentHash) {
    }
}
