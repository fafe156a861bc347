package app.dearme.notification;

/**
 * Carries live updates from the instance where they happen to every instance holding a stream of
 * that user. In-process by default; a Redis pub/sub implementation replaces it in a cluster.
 */
public interface NotificationFanout {

    void publish(LiveUpdate update);
}
