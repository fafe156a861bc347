package app.dearme.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Pushes only committed state: a rolled-back notification is never shown live. Deliberately a plain after-commit
 * listener, not an @ApplicationModuleListener (issue 17): the events come from this module, the push is best
 * effort (the committed notification row is the durable state; a client that missed it reads it on reconnect),
 * and storing a publication row for every push would add a write per notification for nothing to retry.
 */
@Component
class LiveUpdateListener {

    private static final Logger log = LoggerFactory.getLogger(LiveUpdateListener.class);

    private final NotificationFanout fanout;

    LiveUpdateListener(NotificationFanout fanout) {
        this.fanout = fanout;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void created(NotificationCreated e) {
        publish(new LiveUpdate(e.userId(), e.notification()));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void unreadChanged(UnreadChanged e) {
        publish(new LiveUpdate(e.userId(), null));
    }

    private void publish(LiveUpdate u) {
        try {
            fanout.publish(u);
        } catch (RuntimeException ex) {
            // live delivery is best effort; the notification itself is committed
            log.warn("Live notification delivery failed for user {}: {}", u.userId(), ex.toString());
        }
    }
}
