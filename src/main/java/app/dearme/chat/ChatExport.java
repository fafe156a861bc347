package app.dearme.chat;

import app.dearme.user.ExportContributor;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;

/** SPEC §4 export: every chat the user started, with all its messages. */
@Component
class ChatExport implements ExportContributor {

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

    /** One chat's messages in memory at a time, written as soon as they are read. */
    @Override
    public void writeJson(long userId, JsonGenerator gen) {
        gen.writeStartArray();
        for (ChatDtos.ChatView c : store.list(userId, Integer.MAX_VALUE, 0)) {
            gen.writePOJO(ChatDtos.ChatDetail.of(c, store.latest(c.id(), Integer.MAX_VALUE, null)));
            gen.flush();
        }
        gen.writeEndArray();
    }
}
