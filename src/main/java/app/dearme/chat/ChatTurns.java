package app.dearme.chat;

import app.dearme.ai.ChatRequest;
import app.dearme.persona.PersonaView;
import app.dearme.persona.Personas;
import app.dearme.platform.error.ApiException;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One send = three short transactions around the AI call, which itself holds no DB connection:
 * {@link #prepare} (checks, quota, user message, idempotency claim), then {@link #complete} (reply),
 * or {@link #abort} (a failed or cancelled turn leaves no messages and is not counted).
 */
@Service
class ChatTurns {

    /** replay is set when an Idempotency-Key repeats a finished request: nothing new happens. */
    record Turn(long userId, ChatDtos.ChatView chat, PersonaView persona, boolean friend,
                ChatDtos.Message userMessage, List<ChatRequest.ChatTurn> history, int turnIndex, String idemKey,
                ChatIdempotency.Stored replay) {
    }

    private final ChatStore store;
    private final Personas personas;
    private final ChatQuota quota;
    private final ChatIdempotency idempotency;
    private final ChatProperties props;

    ChatTurns(ChatStore store, Personas personas, ChatQuota quota, ChatIdempotency idempotency, ChatProperties props) {
        this.store = store;
        this.personas = personas;
        this.quota = quota;
        this.idempotency = idempotency;
        this.props = props;
    }

    @Transactional
    Turn prepare(long userId, long chatId, String content, String idemKey) {
        ChatIdempotency.validateKey(idemKey);
        ChatDtos.ChatView chat = store.chat(chatId, userId).orElseThrow(() -> ApiException.notFound("대화"));
        // re-checked on every send: an unfriended or now-private persona stops answering
        PersonaView persona = personas.requireChatable(chat.personaId(), userId);
        String hash = ChatIdempotency.hash(chatId, content);
        if (idemKey != null) {
            var stored = idempotency.lookup(userId, idemKey, hash);
            if (stored.isPresent()) {
                return new Turn(userId, chat, persona, persona.userId() != userId, stored.get().userMessage(),
                        List.of(), 0, idemKey, stored.get());
            }
        }
        quota.consume(userId);
        List<ChatRequest.ChatTurn> history = store.latest(chatId, props.historySize(), null).stream()
                .map(m -> new ChatRequest.ChatTurn(m.role(), m.content())).toList();
        int turnIndex = store.personaReplies(chatId);
        ChatDtos.Message userMessage = store.addUserMessage(chatId, content, title(content));
        if (idemKey != null) {
            idempotency.claim(userId, idemKey, hash);
        }
        return new Turn(userId, chat, persona, persona.userId() != userId, userMessage, history, turnIndex, idemKey,
                null);
    }

    @Transactional
    ChatDtos.Message complete(Turn turn, String reply) {
        ChatDtos.Message m = store.add(turn.chat().id(), "persona", reply);
        if (turn.idemKey() != null) {
            idempotency.complete(turn.userId(), turn.idemKey(), new ChatIdempotency.Stored(turn.userMessage(), m));
        }
        return m;
    }

    @Transactional
    void abort(Turn turn) {
        // rows are locked in the order prepare() locks them (usage counter, chat, idempotency key); the opposite
        // order deadlocked with a concurrent send in the same chat
        quota.refund(turn.userId());
        store.undoUserMessage(turn.userMessage(), turn.chat());
        if (turn.idemKey() != null) {
            idempotency.release(turn.userId(), turn.idemKey());
        }
    }

    private static String title(String content) {
        String oneLine = content.strip().replaceAll("\\s+", " ");
        int[] cps = oneLine.codePoints().limit(30).toArray();
        return new String(cps, 0, cps.length);
    }
}
