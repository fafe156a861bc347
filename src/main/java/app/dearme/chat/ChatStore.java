package app.dearme.chat;

import app.dearme.persona.PersonaView;
import app.dearme.persona.Personas;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Chats and messages; chat reads are always scoped to the chat's user. The persona's name and owner come from the
 * persona module (one batch call per list, issue 17), not from a join on its table; a chat whose persona is gone
 * is left out, as the former inner join did (chats.persona_id cascades on delete anyway).
 */
@Repository
class ChatStore {

    private static final String CHAT_SELECT = """
            select c.id, c.user_id, c.persona_id, c.title, c.last_message_at, c.created_at from chats c""";

    private record ChatRow(long id, long userId, long personaId, String title, OffsetDateTime lastMessageAt,
                           OffsetDateTime createdAt) {
    }

    private static final RowMapper<ChatRow> CHAT = (rs, i) -> new ChatRow(rs.getLong("id"), rs.getLong("user_id"),
            rs.getLong("persona_id"), rs.getString("title"), rs.getObject("last_message_at", OffsetDateTime.class),
            rs.getObject("created_at", OffsetDateTime.class));
    static final RowMapper<ChatDtos.Message> MESSAGE = (rs, i) -> new ChatDtos.Message(rs.getLong("id"),
            rs.getLong("chat_id"), rs.getString("role"), rs.getString("content"),
            rs.getObject("created_at", OffsetDateTime.class));

    private final JdbcClient jdbc;
    private final Personas personas;

    ChatStore(JdbcClient jdbc, Personas personas) {
        this.jdbc = jdbc;
        this.personas = personas;
    }

    long createChat(long userId, long personaId) {
        return jdbc.sql("insert into chats (user_id, persona_id, last_message_at) values (?, ?, now()) returning id")
                .params(userId, personaId).query(Long.class).single();
    }

    Optional<ChatDtos.ChatView> chat(long chatId, long userId) {
        return jdbc.sql(CHAT_SELECT + " where c.id = ? and c.user_id = ?").params(chatId, userId).query(CHAT).optional()
                .flatMap(c -> withPersonas(List.of(c)).stream().findFirst());
    }

    List<ChatDtos.ChatView> list(long userId, int limit, long offset) {
        return withPersonas(jdbc.sql(CHAT_SELECT
                        + " where c.user_id = ? order by c.last_message_at desc nulls last, c.id desc limit ? offset ?")
                .params(userId, limit, offset).query(CHAT).list());
    }

    private List<ChatDtos.ChatView> withPersonas(List<ChatRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, PersonaView> byId = personas.byIds(rows.stream().map(ChatRow::personaId).distinct().toList());
        List<ChatDtos.ChatView> views = new ArrayList<>(rows.size());
        for (ChatRow c : rows) {
            PersonaView p = byId.get(c.personaId());
            if (p != null) {
                views.add(new ChatDtos.ChatView(c.id(), c.personaId(), p.name(), p.userId() == c.userId(), c.title(),
                        c.lastMessageAt(), c.createdAt()));
            }
        }
        return views;
    }

    long count(long userId) {
        return jdbc.sql("select count(*) from chats where user_id = ?").param(userId).query(Long.class).single();
    }

    boolean delete(long chatId, long userId) {
        return jdbc.sql("delete from chats where id = ? and user_id = ?").params(chatId, userId).update() == 1;
    }

    /** The latest {@code limit} messages (before the cursor when given), oldest first. */
    List<ChatDtos.Message> latest(long chatId, int limit, Long beforeId) {
        List<ChatDtos.Message> rows = new ArrayList<>(jdbc.sql("""
                        select * from chat_messages where chat_id = ? and (?::bigint is null or id < ?)
                         order by id desc limit ?""")
                .params(chatId, beforeId, beforeId, limit).query(MESSAGE).list());
        Collections.reverse(rows);
        return rows;
    }

    /** Oldest first, {@code limit} at a time after {@code afterId} (null: from the first); for the export. */
    List<ChatDtos.Message> pageAfter(long chatId, Long afterId, int limit) {
        return jdbc.sql("""
                        select * from chat_messages where chat_id = ? and (?::bigint is null or id > ?)
                         order by id limit ?""")
                .params(chatId, afterId, afterId, limit).query(MESSAGE).list();
    }

    ChatDtos.Message add(long chatId, String role, String content) {
        ChatDtos.Message m = jdbc.sql("insert into chat_messages (chat_id, role, content) values (?, ?, ?) returning *")
                .params(chatId, role, content).query(MESSAGE).single();
        jdbc.sql("update chats set last_message_at = ? where id = ?").params(m.createdAt(), chatId).update();
        return m;
    }

    /** The user's message; the first one also names the chat. */
    ChatDtos.Message addUserMessage(long chatId, String content, String title) {
        ChatDtos.Message m = jdbc.sql("insert into chat_messages (chat_id, role, content) values (?, 'user', ?) returning *")
                .params(chatId, content).query(MESSAGE).single();
        jdbc.sql("update chats set last_message_at = ?, title = coalesce(title, ?) where id = ?")
                .params(m.createdAt(), title, chatId).update();
        return m;
    }

    /**
     * Takes back a user message whose turn got no reply, and what it did to the chat (title, recent-activity order),
     * unless the chat has moved on since (a later message), in which case only the message goes.
     */
    void undoUserMessage(ChatDtos.Message m, ChatDtos.ChatView before) {
        jdbc.sql("delete from chat_messages where id = ?").param(m.id()).update();
        jdbc.sql("update chats set title = ?, last_message_at = ? where id = ? and last_message_at = ?")
                .params(before.title(), before.lastMessageAt(), m.chatId(), m.createdAt()).update();
    }

    int personaReplies(long chatId) {
        return jdbc.sql("select count(*) from chat_messages where chat_id = ? and role = 'persona'")
                .param(chatId).query(Integer.class).single();
    }
}
