package app.dearme.chat;

import app.dearme.platform.ratelimit.RateLimitRule;
import app.dearme.platform.ratelimit.RateLimited;
import app.dearme.platform.security.AuthUser;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping("/api/v1/chats")
class ChatController {

    private final ChatService chats;
    private final ChatTurns turns;
    private final JsonMapper json;

    ChatController(ChatService chats, ChatTurns turns, JsonMapper json) {
        this.chats = chats;
        this.turns = turns;
        this.json = json;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ChatDtos.ChatDetail create(AuthUser me, @Valid @RequestBody ChatDtos.Create body) {
        return chats.create(me.id(), body.personaId());
    }

    @GetMapping
    ChatDtos.Page list(AuthUser me, @RequestParam(defaultValue = "1") @Min(1) int page,
                       @RequestParam(name = "per_page", defaultValue = "20") @Min(1) @Max(100) int perPage) {
        return chats.list(me.id(), page, perPage);
    }

    @GetMapping("/{id}")
    ChatDtos.ChatDetail detail(AuthUser me, @PathVariable long id) {
        return chats.detail(me.id(), id);
    }

    @GetMapping("/{id}/messages")
    ChatDtos.Messages messages(AuthUser me, @PathVariable long id,
                               @RequestParam(defaultValue = "50") @Min(1) @Max(100) int limit,
                               @RequestParam(required = false) @Min(1) Long before) {
        return chats.messages(me.id(), id, limit, before);
    }

    @RateLimited(RateLimitRule.AI_PER_USER)
    @PostMapping("/{id}/messages")
    ResponseEntity<ChatDtos.Message> send(AuthUser me, @PathVariable long id, @Valid @RequestBody ChatDtos.Send body,
                                          @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        ReplyCollector reply = new ReplyCollector();
        turns.send(me.id(), id, body.content(), key, reply);
        return ResponseEntity.status(HttpStatus.CREATED).body(reply.reply());
    }

    /**
     * Errors found before the stream starts (404/403/400/409/429, 503 when too many turns are starting) are
     * ordinary problem+json responses.
     */
    @RateLimited(RateLimitRule.AI_PER_USER)
    @PostMapping("/{id}/messages/stream")
    void stream(AuthUser me, @PathVariable long id, @Valid @RequestBody ChatDtos.Send body,
                @RequestHeader(name = "Idempotency-Key", required = false) String key,
                HttpServletResponse response) {
        turns.send(me.id(), id, body.content(), key, new SseTurnOutput(response, json));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(AuthUser me, @PathVariable long id) {
        chats.delete(me.id(), id);
        return ResponseEntity.noContent().build();
    }
}
