package app.dearme.persona;

import app.dearme.vocabulary.PersonaLevel;

import app.dearme.ai.PersonaDraft;
import app.dearme.platform.error.ApiException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The persona module's public API for other modules (quiz, chats, friends). */
@Service
public class Personas {

    private final PersonaStore store;
    private final FriendshipCheck friendships;

    Personas(PersonaStore store, FriendshipCheck friendships) {
        this.store = store;
        this.friendships = friendships;
    }

    public Optional<PersonaView> ofUser(long userId) {
        return store.byUser(userId);
    }

    public Optional<PersonaView> byId(long personaId) {
        return store.byId(personaId);
    }

    /** Batch form of {@link #byId} for lists (one query): persona id → persona; unknown ids are absent. */
    public Map<Long, PersonaView> byIds(Collection<Long> personaIds) {
        return store.byIds(personaIds);
    }

    /**
     * The persona {@code viewerId} may chat with: their own, or an accepted friend's public persona.
     * 404 when it does not exist, 403 when it belongs to someone who is not a friend or is private.
     */
    public PersonaView requireChatable(long personaId, long viewerId) {
        PersonaView p = store.byId(personaId).orElseThrow(() -> ApiException.notFound("페르소나"));
        if (p.userId() == viewerId) {
            return p;
        }
        if (!friendships.areFriends(viewerId, p.userId())) {
            throw notFriends();
        }
        if (!p.isPublic()) {
            throw privatePersona();
        }
        return p;
    }

    /** Quiz result: a temporary persona; 409 when the user already has one. */
    @Transactional
    public PersonaView createTemporary(long userId, PersonaDraft draft) {
        return store.insert(userId, draft, PersonaLevel.TEMPORARY, 0, null).orElseThrow(Personas::exists);
    }

    /** A job's result: fresh generated fields at {@code level}; id, visibility, customization and chats stay. */
    @Transactional
    public PersonaView applyGenerated(long userId, PersonaDraft draft, PersonaLevel level, int diaryCount,
                                      LocalDate until) {
        return store.upsertGenerated(userId, draft, level, diaryCount, until);
    }

    /** Serializes persona writes of one user (call inside a transaction). */
    @Transactional
    public void lockOwner(long userId) {
        store.lockUser(userId);
    }

    static ApiException exists() {
        return ApiException.conflict("persona-exists", "이미 페르소나가 있어요.", "You already have a persona.");
    }

    static ApiException notFriends() {
        return ApiException.forbidden("not-friends", "친구의 페르소나만 볼 수 있어요.", "Only friends can see this persona.");
    }

    static ApiException privatePersona() {
        return ApiException.forbidden("persona-private", "비공개 페르소나예요.", "This persona is private.");
    }
}
