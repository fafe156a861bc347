package app.dearme.notification;

import app.dearme.platform.cache.CacheConfig;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The unread count behind the badge, cached per user (issue 15: every page of the web app asks for it). Every change
 * of a user's notifications publishes {@link NotificationCreated} or {@link UnreadChanged} inside its transaction;
 * both evict here, again on commit and on every instance ({@code ClusterCacheManager}, which also refuses a load that
 * raced the eviction). Live streams do not read this cache:
 * they push the count from the database right after the commit that changed it.
 */
@Component
class UnreadCounts {

    private final NotificationInbox inbox;
    private final Cache cache;

    UnreadCounts(NotificationInbox inbox, CacheManager caches) {
        this.inbox = inbox;
        this.cache = caches.getCache(CacheConfig.UNREAD_COUNT);
    }

    long get(long userId) {
        return cache.get(userId, () -> inbox.unreadCount(userId));
    }

    @EventListener
    void onCreated(NotificationCreated e) {
        cache.evict(e.userId());
    }

    @EventListener
    void onChanged(UnreadChanged e) {
        cache.evict(e.userId());
    }
}
