package app.dearme.diary;

import app.dearme.platform.error.ApiException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Committed imports per user in a rolling 24 hours (rolling, so a time-zone change cannot open a fresh day).
 * The check and the record share the import's transaction under a per-user advisory lock, so two imports
 * sent at once cannot both take the last slot, and a failed import does not count.
 */
@Component
class ImportQuota {

    static final Duration WINDOW = Duration.ofHours(24);
    /** Namespace of the advisory lock (any constant not used by another lock in the app). */
    private static final int LOCK_SPACE = 0x1D1A_0014;

    private final JdbcClient jdbc;
    private final DiaryProperties props;

    ImportQuota(JdbcClient jdbc, DiaryProperties props) {
        this.jdbc = jdbc;
        this.props = props;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void claim(long userId, int entries) {
        jdbc.sql("select pg_advisory_xact_lock(?, ?)").params(LOCK_SPACE, (int) userId).query((rs, i) -> 1).list();
        int perDay = props.importLimits().perDay();
        List<OffsetDateTime> recent = jdbc.sql("""
                select created_at from diary_imports where user_id = ? and created_at > now() - make_interval(secs => ?)
                order by created_at""")
                .params(userId, WINDOW.toSeconds()).query(OffsetDateTime.class).list();
        if (recent.size() >= perDay) {
            Duration wait = Duration.between(OffsetDateTime.now(), recent.get(recent.size() - perDay).plus(WINDOW));
            throw ApiException.tooMany("import-quota",
                    "일기 가져오기는 24시간에 " + perDay + "번까지 할 수 있어요. 잠시 후 다시 시도해 주세요.",
                    "You can import at most " + perDay + " times in 24 hours. Please try again later.",
                    wait.isNegative() ? Duration.ofSeconds(1) : wait);
        }
        jdbc.sql("insert into diary_imports (user_id, entries) values (?, ?)").params(userId, entries).update();
    }
}
