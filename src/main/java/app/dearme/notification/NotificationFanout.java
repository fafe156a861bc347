package app.dearme.notification;

/**
 * Carries live updates from the instance where they happen to every instance holding a stream of
 * that user. PostgreSQL LISTEN/NOTIFY by default (works across instances with nothing but the shared database);
 * in-process for a single instance; a Redis pub/sub implementation could replace it without other changes.
 */
public interface NotificationFanout {

    void publish(LiveUpdate update);
}
