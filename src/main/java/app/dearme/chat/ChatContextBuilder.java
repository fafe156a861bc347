package app.dearme.chat;

import app.dearme.vocabulary.RagContextLevel;
import app.dearme.ai.ChatRequest;
import app.dearme.vocabulary.DiaryText;
import app.dearme.ai.MentalTrend;
import app.dearme.diary.DiaryReader;
import app.dearme.mental.MentalTrends;
import app.dearme.persona.PersonaCustomization;
import app.dearme.persona.PersonaView;
import app.dearme.user.UserAccount;
import app.dearme.user.UserAccounts;
import app.dearme.user.UserClock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * SPEC §7/§9.3 reply context. Own chats: retrieval over the owner's non-private diaries at the owner's
 * context level, and the owner's today so days can be named. Friend chats: the persona profile only — no
 * retrieval, no dates, no per-diary moods, no today (docs/security.md, friend-chat privacy model): whatever a
 * friend asks, nothing that depends on a diary reaches the engine, so nothing can come back.
 */
@Component
class ChatContextBuilder {

    /** Analyses older than this say nothing about "요즘". */
    private static final int TREND_STALE_AFTER_DAYS = 30;

    private final DiaryReader diaries;
    private final MentalTrends trends;
    private final UserAccounts users;
    private final ChatProperties props;
    private final UserClock clock;

    ChatContextBuilder(DiaryReader diaries, MentalTrends trends, UserAccounts users, ChatProperties props,
                       UserClock clock) {
        this.diaries = diaries;
        this.trends = trends;
        this.users = users;
        this.props = props;
        this.clock = clock;
    }

    /** {@code queryVector}: the message's embedding for hybrid retrieval, computed beforehand, or null. */
    ChatRequest build(ChatTurnSteps.Prepared turn, float[] queryVector) {
        PersonaView p = turn.persona();
        PersonaCustomization c = p.customization() == null ? PersonaCustomization.EMPTY : p.customization();
        var profile = new ChatRequest.PersonaProfile(p.name(), p.personality(), p.traits(), p.interests(),
                p.speakingStyle(), p.level(), p.speakingStyleProfile());
        var custom = new ChatRequest.Customization(c.tone(), c.emoji(), c.traitsOverride(), c.greeting());
        String content = turn.userMessage().content();
        if (turn.friend()) {
            return new ChatRequest(profile, custom, turn.history(), List.of(), content, true, turn.turnIndex(), null);
        }
        Optional<UserAccount> owner = users.byId(p.userId());
        LocalDate today = owner.map(this::today).orElse(null);
        return new ChatRequest(profile, custom, turn.history(), context(p.userId(), owner, today, content, queryVector),
                content, false, turn.turnIndex(), today, trend(p.userId(), today));
    }

    /** The owner's recent analyses, own chats only (friend chats never reach this). */
    MentalTrend trend(long ownerId, LocalDate today) {
        return today == null ? null : trends.recent(ownerId, today, TREND_STALE_AFTER_DAYS).orElse(null);
    }

    /** The retrieval context of an own chat alone (tests of the context levels). */
    List<ChatRequest.RetrievedDiary> context(long ownerId, String query, float[] queryVector) {
        Optional<UserAccount> owner = users.byId(ownerId);
        return context(ownerId, owner, owner.map(this::today).orElse(null), query, queryVector);
    }

    private List<ChatRequest.RetrievedDiary> context(long ownerId, Optional<UserAccount> owner, LocalDate today,
                                                     String query, float[] queryVector) {
        RagContextLevel level = owner.map(UserAccount::ragContextLevel).orElse(RagContextLevel.DEFAULT);
        boolean withMood = level.includesMood();
        boolean withSnippet = level.includesSnippet();
        return relevant(ownerId, today, query, queryVector).stream()
                .map(d -> new ChatRequest.RetrievedDiary(d.date(), d.title(),
                        withMood ? d.mood() : null,
                        withSnippet ? snippet(d.content()) : null))
                .toList();
    }

    private LocalDate today(UserAccount owner) {
        return clock.today(owner);
    }

    /**
     * Diaries of the days the message names (newest first, never a private one), then the retrieval hits, at most
     * the limit; retrieval is skipped when the named days already fill it.
     */
    private List<DiaryText> relevant(long ownerId, LocalDate today, String query, float[] queryVector) {
        int limit = props.retrievalLimit();
        Map<Long, DiaryText> byId = new LinkedHashMap<>();
        Optional.ofNullable(today).flatMap(t -> DayMentions.in(query, t)).ifPresent(days ->
                diaries.between(ownerId, days.from(), days.to(), false).reversed().forEach(d -> byId.put(d.id(), d)));
        if (byId.size() < limit) {
            diaries.retrieve(ownerId, query, queryVector, limit).forEach(h -> byId.putIfAbsent(h.diary().id(), h.diary()));
        }
        return byId.values().stream().limit(limit).toList();
    }

    private String snippet(String body) {
        if (body == null) {
            return null;
        }
        int[] cps = body.codePoints().limit(props.snippetLength()).toArray();
        return new String(cps, 0, cps.length);
    }
}
