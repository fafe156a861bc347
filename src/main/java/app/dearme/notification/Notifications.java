package app.dearme.notification;

import java.time.OffsetDateTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The notification module's public API: every module creates notifications through here. */
@Service
public class Notifications {

    /** SPEC §10 types. */
    public static final String PERSONA_READY = "persona_ready";
    public static final String PERSONA_FAILED = "persona_failed";
    public static final String PERSONA_UPGRADE_AVAILABLE = "persona_upgrade_available";
    public static final String PERSONA_UPGRADED = "persona_upgraded";
    public static final String FRIEND_REQUEST = "friend_request";
    public static final String FRIEND_ACCEPTED = "friend_accepted";
    public static final String REPORT_READY = "report_ready";
    public static final String DIARY_REMINDER = "diary_reminder";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Notifications(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional
    public NotificationView notify(long userId, String type, String title, String content, String relatedType,
                                   Long relatedId) {
        var row = jdbc.sql("""
                insert into notifications (user_id, type, title, content, related_type, related_id)
                values (?, ?, ?, ?, ?, ?) returning id, created_at""")
                .params(userId, type, title, content == null ? "" : content, relatedType, relatedId)
                .query((rs, i) -> new Object[] {rs.getLong(1), rs.getObject(2, OffsetDateTime.class)}).single();
        NotificationView v = new NotificationView((Long) row[0], type, title, content == null ? "" : content, false,
                relatedType, relatedId, (OffsetDateTime) row[1]);
        events.publishEvent(new NotificationCreated(userId, v));
        return v;
    }

    /** True when the user has an unread notification of this type (e.g. avoid duplicate upgrade hints). */
    @Transactional(readOnly = true)
    public boolean hasUnread(long userId, String type) {
        return jdbc.sql("select count(*) from notifications where user_id = ? and type = ? and not is_read")
                .params(userId, type).query(Long.class).single() > 0;
    }
}
