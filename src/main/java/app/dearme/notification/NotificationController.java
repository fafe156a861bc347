package app.dearme.notification;

import app.dearme.platform.security.AuthUser;
import app.dearme.platform.web.SseWriter;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/notifications")
class NotificationController {

    private final NotificationInbox inbox;
    private final NotificationStreams streams;
    private final UnreadCounts unread;

    NotificationController(NotificationInbox inbox, NotificationStreams streams, UnreadCounts unread) {
        this.unread = unread;
        this.inbox = inbox;
        this.streams = streams;
    }

    @GetMapping
    NotificationDtos.Page list(AuthUser me, @RequestParam(defaultValue = "1") @Min(1) int page,
                               @RequestParam(name = "per_page", defaultValue = "20") @Min(1) @Max(100) int perPage,
                               @RequestParam(name = "unread_only", defaultValue = "false") boolean unreadOnly) {
        return inbox.list(me.id(), page, perPage, unreadOnly);
    }

    @GetMapping("/unread-count")
    NotificationDtos.UnreadCount unreadCount(AuthUser me) {
        return new NotificationDtos.UnreadCount(unread.get(me.id()));
    }

    @PatchMapping("/{id}/read")
    NotificationView markRead(AuthUser me, @PathVariable long id) {
        return inbox.markRead(me.id(), id);
    }

    @PostMapping("/mark-read")
    NotificationDtos.Updated markRead(AuthUser me, @Valid @RequestBody NotificationDtos.MarkRead body) {
        return new NotificationDtos.Updated(inbox.markRead(me.id(), body.ids()));
    }

    @PostMapping("/mark-all-read")
    NotificationDtos.Updated markAllRead(AuthUser me) {
        return new NotificationDtos.Updated(inbox.markAllRead(me.id()));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(AuthUser me, @PathVariable long id) {
        inbox.delete(me.id(), id);
        return ResponseEntity.noContent().build();
    }

    /** Bearer header auth like every API call; the web app reads it with fetch streaming, not EventSource. */
    @GetMapping(path = "/stream", produces = {MediaType.TEXT_EVENT_STREAM_VALUE, MediaType.ALL_VALUE})
    void stream(AuthUser me, HttpServletResponse response) {
        streams.serve(me.id(), me.sessionId(), new SseWriter(response));
    }
}
