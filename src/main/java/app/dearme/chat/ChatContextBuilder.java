package app.dearme.chat;

import app.dearme.ai.ChatRequest;
import app.dearme.diary.DiaryReader;
import app.dearme.persona.PersonaCustomization;
import app.dearme.persona.PersonaView;
import app.dearme.user.UserAccounts;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * SPEC §7/§9.3 reply context. Retrieval runs over the persona OWNER's non-private diaries at the
 * owner's context level; friend chats are capped at standard, so body text never reaches them.
 */
@Component
class ChatContextBuilder {

    private final DiaryReader diaries;
    private final UserAccounts users;
    private final ChatProperties props;

    ChatContextBuilder(DiaryReader diaries, UserAccounts users, ChatProperties props) {
        this.diaries = diaries;
        this.users = users;
        this.props = props;
    }

    /** {@code queryVector}: the message's embedding for hybrid retrieval, computed beforehand, or null. */
    ChatRequest build(ChatTurns.Turn turn, float[] queryVector) {
        PersonaView p = turn.persona();
        PersonaCustomization c = p.customization() == null ? PersonaCustomization.EMPTY : p.customization();
        var profile = new ChatRequest.PersonaProfile(p.name(), p.personality(), p.traits(), p.interests(),
                p.speakingStyle(), p.level());
        var custom = new ChatRequest.Customization(c.tone(), c.emoji(), c.traitsOverride(), c.greeting());
        String content = turn.userMessage().content();
        return new ChatRequest(profile, custom, turn.history(), context(p.userId(), content, queryVector, turn.friend()),
                content, turn.friend(), turn.turnIndex());
    }

    List<ChatRequest.RetrievedDiary> context(long ownerId, String query, float[] queryVector, boolean friend) {
        String level = users.byId(ownerId).map(u -> u.ragContextLevel()).orElse("minimal");
        if (friend && "detailed".equals(level)) {
            level = "standard";
        }
        boolean withMood = !"minimal".equals(level);
        boolean withSnippet = "detailed".equals(level) && !friend;
        return diaries.retrieve(ownerId, query, queryVector, props.retrievalLimit()).stream()
                .map(h -> new ChatRequest.RetrievedDiary(h.diary().date(), h.diary().title(),
                        withMood ? h.diary().mood() : null,
                        withSnippet ? snippet(h.diary().content()) : null))
                .toList();
    }

    private String snippet(String body) {
        if (body == null) {
            return null;
        }
        int[] cps = body.codePoints().limit(props.snippetLength()).toArray();
        return new String(cps, 0, cps.length);
    }
}
