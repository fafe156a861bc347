package app.dearme.chat;

import app.dearme.user.ExportContributor;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;

/** SPEC §4 export: every chat the user started, with all its messages. */
@Component
class ChatExport implements ExportContributor {

    private static final int PAGE = 200;

    private final ChatStore store;

    ChatExport(ChatStore store) {
        this.store = store;
    }

    @Override
    public String section() {
        return "chats";
    }

    @Override
    public Object exportJson(long userId) {
        List<ChatDtos.ChatDetail> out = new ArrayList<>();
        for (ChatDtos.ChatView c : store.list(userId, Integer.MAX_VALUE, 0)) {
            out.add(ChatDtos.ChatDetail.of(c, store.latest(c.id(), Integer.MAX_VALUE, null)));
        }
        return out;
    }

    /** Chats one at a time, each one's messages in pages: the same shape as {@link #exportJson}, never all in memory. */
    @Override
    public void writeJson(long userId, JsonGenerator gen) {
        gen.writeStartArray();
        for (ChatDtos.ChatView c : store.list(userId, Integer.MAX_VALUE, 0)) {
            gen.writeStartObject();
            gen.writeNumberProperty("id", c.id());
            gen.writeNumberProperty("persona_id", c.personaId());
            gen.writePOJOProperty("persona_name", c.personaName());
            gen.writeBooleanProperty("is_own_persona", c.isOwnPersona());
            gen.writePOJOProperty("title", c.title());
            gen.writePOJOProperty("last_message_at", c.lastMessageAt());
            gen.writePOJOProperty("created_at", c.createdAt());
            gen.writeName("messages");
            gen.writeStartArray();
            for (List<ChatDtos.Message> page = store.pageAfter(c.id(), null, PAGE); !page.isEmpty();
                 page = page.size() < PAGE ? List.of() : store.pageAfter(c.id(), page.getLast().id(), PAGE)) {
                page.forEach(gen::writePOJO);
                gen.flush();
            }
            gen.writeEndArray();
            gen.writeEndObject();
        }
        gen.writeEndArray();
    }
}
