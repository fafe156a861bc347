package app.dearme.user;

/** Published inside the deleting transaction, before the row (and everything it owns) goes. */
public record UserDeleting(long userId) {
}
