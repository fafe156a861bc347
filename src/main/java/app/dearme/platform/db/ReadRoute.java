package app.dearme.platform.db;

import java.time.Duration;

/**
 * Where one read-only transaction goes. The replica serves a read only when all of these hold; anything else reads
 * the primary, which is always correct, only busier.
 */
enum ReadRoute {
    REPLICA, PRIMARY_NO_USER, PRIMARY_RECENT_WRITE, PRIMARY_REPLICA_DOWN, PRIMARY_REPLICA_LAGGING;

    /**
     * @param userId       the request's user, or null for background work (jobs read what they were just queued
     *                     for, so they never read a replica that may not have it yet)
     * @param recentWriter the user wrote within the read-your-writes window
     * @param lag          the replica's last measured lag, or null when it is unreachable
     */
    static ReadRoute decide(Long userId, boolean recentWriter, Duration lag, Duration maxLag) {
        if (userId == null) {
            return PRIMARY_NO_USER;
        }
        if (recentWriter) {
            return PRIMARY_RECENT_WRITE;
        }
        if (lag == null) {
            return PRIMARY_REPLICA_DOWN;
        }
        if (lag.compareTo(maxLag) > 0) {
            return PRIMARY_REPLICA_LAGGING;
        }
        return REPLICA;
    }

    String target() {
        return this == REPLICA ? "replica" : "primary";
    }
}
