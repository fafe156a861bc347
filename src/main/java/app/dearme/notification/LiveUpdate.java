package app.dearme.notification;

/**
 * What travels through a {@link NotificationFanout}: a new notification for a user, or (notification
 * null) only "the unread count changed". The receiving instance computes the count itself.
 */
public record LiveUpdate(long userId, NotificationView notification) {
}
