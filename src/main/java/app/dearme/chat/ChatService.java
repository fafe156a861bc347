package app.dearme.chat;

import app.dearme.persona.PersonaCustomization;
import app.dearme.persona.PersonaView;
import app.dearme.persona.Personas;
import app.dearme.platform.error.ApiException;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Chat CRUD (SPEC §7); every chat is visible only to the user who started it. */
@Service
class ChatService {

    static final int DETAIL_MESSAGES = 50;

    private final ChatStore store;
    private final Personas personas;

    ChatService(ChatStore store, Personas personas) {
        this.store = store;
        this.personas = personas;
    }

    /** Own persona or an accepted friend's public one; the greeting (customization) opens the chat. */
    @Transactional
    ChatDtos.ChatDetail create(long userId, long personaId) {
        PersonaView p = personas.requireChatable(personaId, userId);
        long chatId = store.createChat(userId, personaId);
        PersonaCustomization c = p.customization();
        if (c != null && c.greeting() != null && !c.greeting().isBlank()) {
            store.add(chatId, "persona", c.greeting());
        }
        return detail(userId, chatId);
    }

    @Transactional(readOnly = true)
    ChatDtos.Page list(long userId, int page, int perPage) {
        return new ChatDtos.Page(store.list(userId, perPage, (long) (page - 1) * perPage), store.count(userId), page,
                perPage);
    }

    @Transactional(readOnly = true)
    ChatDtos.ChatDetail detail(long userId, long chatId) {
        ChatDtos.ChatView chat = store.chat(chatId, userId).orElseThrow(() -> ApiException.notFound("대화"));
        return ChatDtos.ChatDetail.of(chat, store.latest(chatId, DETAIL_MESSAGES, null));
    }

    @Transactional(readOnly = true)
    ChatDtos.Messages messages(long userId, long chatId, int limit, Long before) {
        store.chat(chatId, userId).orElseThrow(() -> ApiException.notFound("대화"));
        List<ChatDtos.Message> rows = store.latest(chatId, limit + 1, before);
        boolean more = rows.size() > limit;
        return new ChatDtos.Messages(more ? rows.subList(1, rows.size()) : rows, more);
    }

    @Transactional
    void delete(long userId, long chatId) {
        if (!store.delete(chatId, userId)) {
            throw ApiException.notFound("대화");
        }
    }
}
