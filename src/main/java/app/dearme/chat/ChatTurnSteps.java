package app.dearme.chat;

import app.dearme.ai.ChatRequest;
import app.dearme.persona.PersonaView;
import app.dearme.persona.Personas;
import app.dearme.platform.error.ApiException;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The database steps of a chat turn: three short transactions around the AI call, which itself holds no DB
 * connection — {@link #prepare} (checks, quota, user message, idempotency claim), then {@link #complete} (reply),
 * or {@link #abort} (a failed or cancelled turn leaves no messages and is not counted). Which step runs when is
 * decided by {@link ChatTurns}, the turn's state machine; this class only keeps each step atomic.
 */
@Service
class ChatTurnSteps {

    /** What {@link #prepare} found: a new turn, or the stored result of a repeated Idempotency-Key. */
    sealed interface Start permits Prepared, Replayed {
    }

    /** A new turn whose user message is stored and charged. */
    record Prepared(long userId, ChatDtos.ChatView chat, PersonaView persona, boolean friend,
                    ChatDtos.Message userMessage, List<ChatRequest.ChatTurn> history, int turnIndex, String idemKey)
            implements Start {
    }

    /** The Idempotency-Key repeats a finished request: nothing new happens, the stored messages are sent again. */
    record Replayed(ChatIdempotency.Stored stored) implements Start {
    }

    private final ChatStore store;
    private final Personas personas;
    private final ChatQuota quota;
    private final ChatIdempotency idempotency;
    private final ChatProperties props;

    ChatTurnSteps(ChatStore store, Personas personas, ChatQuota quota, ChatIdempotency idempotency, ChatProperties props) {
        this.store = store;
        this.personas = personas;
        this.quota = quota;
        this.idempotency = idempotency;
        this.props = props;
    }

    @Transactional
    Start prepare(long userId, long chatId, String content, String idemKey) {
        ChatIdempotency.validateKey(idemKey);
        ChatDtos.ChatView chat = store.chat(chatId, userId).orElseThrow(() -> ApiException.notFound("대화"));
        // re-checked on every send: an unfriended or now-private persona stops answering
        PersonaView persona = personas.requireChatable(chat.personaId(), userId);
        String hash = ChatIdempotency.hash(chatId, content);
        if (idemKey != null) {
            var stored = idempotency.lookup(userId, idemKey, hash);
            if (stored.isPresent()) {
                return new Replayed(stored.get());
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
        return new Prepared(userId, chat, persona, persona.userId() != userId, userMessage, history, turnIndex, idemKey);
    }

    @Transactional
    ChatDtos.Message complete(Prepared turn, String reply) {
        ChatDtos.Message m = store.add(turn.chat().id(), "persona", reply);
        if (turn.idemKey() != null) {
            idempotency.complete(turn.userId(), turn.idemKey(), new ChatIdempotency.Stored(turn.userMessage(), m));
        }
        return m;
    }

    @Transactional
    void abort(Prepared turn) {
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
