package app.dearme.notification;

import java.time.OffsetDateTime;

/** SPEC §10 Notification. */
public record NotificationView(long id, String type, String title, String content, boolean isRead,
                               String relatedType, Long relatedId, OffsetDateTime createdAt) {
}
