package app.dearme.chat;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;

final class ChatDtos {
    private ChatDtos() {
    }

    record Create(@NotNull Long personaId) {
    }

    record Send(@NotBlank @Size(max = 2000) String content) {
    }

    /** SPEC §7 Chat. */
    record ChatView(long id, long personaId, String personaName, boolean isOwnPersona, String title,
                    OffsetDateTime lastMessageAt, OffsetDateTime createdAt) {
    }

    /** SPEC §7 Message. */
    record Message(long id, long chatId, String role, String content, OffsetDateTime createdAt) {
    }

    record ChatDetail(long id, long personaId, String personaName, boolean isOwnPersona, String title,
                      OffsetDateTime lastMessageAt, OffsetDateTime createdAt, List<Message> messages) {
        static ChatDetail of(ChatView c, List<Message> messages) {
            return new ChatDetail(c.id(), c.personaId(), c.personaName(), c.isOwnPersona(), c.title(),
                    c.lastMessageAt(), c.createdAt(), messages);
        }
    }

    record Page(List<ChatView> items, long total, int page, int perPage) {
    }

    record Messages(List<Message> items, boolean hasMore) {
    }
}
