package app.dearme.subscription;

/**
 * How many accepted friends a user has, for the usage report (SPEC §11). Declared here and implemented by the
 * friend module, so the dependency goes one way only (issue 17): friend reads the plan's limit
 * ({@link UsageLimits#friendLimit}) and enforces it; subscription never reads friendships itself.
 */
public interface FriendCounter {

    int friendCount(long userId);
}
