package app.dearme.notification;

/** Published inside the creating transaction; live delivery listens after commit. */
public record NotificationCreated(long userId, NotificationView notification) {
}
