package app.dearme.notification;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading and managing one user's notifications; every query is scoped to the owner. */
@Service
class NotificationInbox {

    static final RowMapper<NotificationView> VIEW = (rs, i) -> new NotificationView(rs.getLong("id"),
            rs.getString("type"), rs.getString("title"), rs.getString("content"), rs.getBoolean("is_read"),
            rs.getString("related_type"), (Long) rs.getObject("related_id"),
            rs.getObject("created_at", OffsetDateTime.class));

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    NotificationInbox(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional(readOnly = true)
    NotificationDtos.Page list(long userId, int page, int perPage, boolean unreadOnly) {
        String filter = unreadOnly ? " and not is_read" : "";
        List<NotificationView> items = jdbc.sql("select * from notifications where user_id = ?" + filter
                        + " order by id desc limit ? offset ?")
                .params(userId, perPage, (long) (page - 1) * perPage).query(VIEW).list();
        long total = jdbc.sql("select count(*) from notifications where user_id = ?" + filter)
                .param(userId).query(Long.class).single();
        return new NotificationDtos.Page(items, total, unreadCount(userId), page, perPage);
    }

    /** Not read-only on purpose: live delivery calls it right after a commit and must see that write. */
    long unreadCount(long userId) {
        return jdbc.sql("select count(*) from notifications where user_id = ? and not is_read")
                .param(userId).query(Long.class).single();
    }

    @Transactional
    NotificationView markRead(long userId, long id) {
        NotificationView v = jdbc.sql("update notifications set is_read = true where id = ? and user_id = ? returning *")
                .params(id, userId).query(VIEW).optional()
                .orElseThrow(() -> app.dearme.platform.error.ApiException.notFound("알림"));
        events.publishEvent(new UnreadChanged(userId));
        return v;
    }

    @Transactional
    int markRead(long userId, List<Long> ids) {
        int n = jdbc.sql("update notifications set is_read = true where user_id = :u and id in (:ids) and not is_read")
                .param("u", userId).param("ids", ids).update();
        if (n > 0) {
            events.publishEvent(new UnreadChanged(userId));
        }
        return n;
    }

    @Transactional
    int markAllRead(long userId) {
        int n = jdbc.sql("update notifications set is_read = true where user_id = ? and not is_read")
                .param(userId).update();
        if (n > 0) {
            events.publishEvent(new UnreadChanged(userId));
        }
        return n;
    }

    @Transactional
    void delete(long userId, long id) {
        boolean wasUnread = jdbc.sql("delete from notifications where id = ? and user_id = ? returning not is_read")
                .params(id, userId).query(Boolean.class).optional()
                .orElseThrow(() -> app.dearme.platform.error.ApiException.notFound("알림"));
        if (wasUnread) {
            events.publishEvent(new UnreadChanged(userId));
        }
    }
}
