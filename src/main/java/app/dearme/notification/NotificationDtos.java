package app.dearme.notification;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

final class NotificationDtos {
    private NotificationDtos() {
    }

    record Page(List<NotificationView> items, long total, long unreadCount, int page, int perPage) {
    }

    record UnreadCount(long unreadCount) {
    }

    record MarkRead(@NotNull @Size(min = 1, max = 100) List<@NotNull Long> ids) {
    }

    record Updated(int updated) {
    }
}
