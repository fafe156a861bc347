package app.dearme.notification;

/** Published when reads/deletes change a user's unread count, so open streams learn the new count. */
record UnreadChanged(long userId) {
}
