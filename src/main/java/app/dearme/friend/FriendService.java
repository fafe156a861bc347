package app.dearme.friend;

import app.dearme.friend.FriendDtos.Decision;
import app.dearme.friend.FriendDtos.FriendRequest;
import app.dearme.friend.FriendStore.Row;
import app.dearme.notification.Notifications;
import app.dearme.platform.error.ApiException;
import app.dearme.subscription.UsageLimits;
import app.dearme.user.PublicProfile;
import app.dearme.user.UserDirectory;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The friendship state machine (SPEC §11): pending → accepted | rejected; a rejected pair may request
 * again; removing a friend deletes the row. Every change locks both users (id order) first.
 */
@Service
class FriendService {

    static final int MAX_RECOMMENDATIONS = 20;

    private final FriendStore store;
    private final Friendships friendships;
    private final UserDirectory directory;
    private final UsageLimits limits;
    private final Notifications notifications;

    FriendService(FriendStore store, Friendships friendships, UserDirectory directory, UsageLimits limits,
                  Notifications notifications) {
        this.store = store;
        this.friendships = friendships;
        this.directory = directory;
        this.limits = limits;
        this.notifications = notifications;
    }

    @Transactional
    FriendRequest request(long me, long addressee) {
        if (me == addressee) {
            throw ApiException.unprocessable("self-request", "자기 자신에게는 친구 요청을 보낼 수 없어요.",
                    "You cannot send a friend request to yourself.");
        }
        PublicProfile target = directory.profile(addressee).orElseThrow(() -> ApiException.notFound("사용자"));
        if (store.lockUsers(me, addressee).size() < 2) {
            throw ApiException.notFound("사용자");
        }
        for (Row r : store.pair(me, addressee)) {
            switch (r.status()) {
                case "accepted" -> throw ApiException.conflict("already-friends", "이미 친구예요.", "You are already friends.");
                case "pending" -> throw r.requesterId() == me
                        ? ApiException.conflict("request-exists", "이미 친구 요청을 보냈어요.", "A friend request is already pending.")
                        : ApiException.conflict("request-received", "상대방이 이미 친구 요청을 보냈어요. 받은 요청에서 수락해 주세요.",
                                "This user already sent you a request; accept it from your received requests.");
                default -> store.delete(r.id()); // rejected: a new request replaces it
            }
        }
        Row row = store.insertPending(me, addressee);
        PublicProfile mine = directory.profile(me).orElseThrow(() -> ApiException.notFound("사용자"));
        notifications.notify(addressee, Notifications.FRIEND_REQUEST, mine.username() + "님이 친구 요청을 보냈어요",
                "친구가 되면 서로의 페르소나와 대화할 수 있어요.", "friendship", row.id());
        return view(row, Map.of(me, mine, addressee, target));
    }

    @Transactional
    FriendRequest respond(long me, long requestId, Decision decision) {
        Row row = store.find(requestId).filter(r -> r.addresseeId() == me)
                .orElseThrow(() -> ApiException.notFound("친구 요청"));
        store.lockUsers(row.requesterId(), me);
        Row current = store.find(requestId).filter(r -> r.addresseeId() == me)
                .orElseThrow(() -> ApiException.notFound("친구 요청"));
        if (!"pending".equals(current.status())) {
            throw ApiException.conflict("request-decided", "이미 처리된 친구 요청이에요.", "This request was already answered.");
        }
        if (decision == Decision.accepted) {
            checkFriendLimit(me, true);
            checkFriendLimit(current.requesterId(), false);
        }
        Row decided = store.decide(requestId, decision.name())
                .orElseThrow(() -> ApiException.conflict("request-decided", "이미 처리된 친구 요청이에요.", "This request was already answered."));
        Map<Long, PublicProfile> profiles = profiles(List.of(decided));
        if (decision == Decision.accepted) {
            PublicProfile mine = profiles.get(me);
            notifications.notify(decided.requesterId(), Notifications.FRIEND_ACCEPTED,
                    (mine == null ? "상대방" : mine.username()) + "님이 친구 요청을 수락했어요",
                    "이제 서로의 페르소나와 대화할 수 있어요.", "friendship", decided.id());
        }
        return view(decided, profiles);
    }

    private void checkFriendLimit(long userId, boolean isCaller) {
        OptionalInt limit = limits.friendLimit(userId);
        if (limit.isPresent() && friendships.friendCount(userId) >= limit.getAsInt()) {
            int n = limit.getAsInt();
            throw isCaller
                    ? ApiException.tooMany("friend-limit", "무료 플랜은 친구를 최대 " + n + "명까지 추가할 수 있어요. 프리미엄으로 업그레이드하면 제한 없이 친구를 맺을 수 있어요.",
                            "The free plan allows up to " + n + " friends. Upgrade to premium for unlimited friends.", null)
                    : ApiException.tooMany("friend-limit-other", "상대방이 무료 플랜의 친구 한도(" + n + "명)에 도달해서 수락할 수 없어요.",
                            "The other user has reached the free plan limit of " + n + " friends.", null);
        }
    }

    @Transactional
    void remove(long me, long friendId) {
        if (me == friendId) {
            throw ApiException.notFound("친구");
        }
        store.lockUsers(me, friendId);
        if (store.deleteAccepted(me, friendId) == 0) {
            throw ApiException.notFound("친구");
        }
    }

    @Transactional(readOnly = true)
    FriendDtos.RequestList received(long me) {
        return requests(store.received(me));
    }

    @Transactional(readOnly = true)
    FriendDtos.RequestList sent(long me) {
        return requests(store.sent(me));
    }

    @Transactional(readOnly = true)
    FriendDtos.FriendList friends(long me) {
        List<Row> rows = store.accepted(me);
        Map<Long, Row> byFriend = rows.stream().collect(Collectors.toMap(
                r -> r.requesterId() == me ? r.addresseeId() : r.requesterId(), Function.identity(), (a, b) -> a));
        List<PublicProfile> profiles = directory.profiles(byFriend.keySet());
        Map<Long, String> personas = store.publicPersonaNames(byFriend.keySet());
        List<FriendDtos.Friend> items = profiles.stream().map(p -> new FriendDtos.Friend(p.id(), p.username(),
                p.profileImage(), p.hasPublicPersona(), personas.get(p.id()), byFriend.get(p.id()).updatedAt())).toList();
        return new FriendDtos.FriendList(items, items.size());
    }

    @Transactional(readOnly = true)
    FriendDtos.RecommendationList recommendations(long me) {
        List<Long> ids = store.recommendationIds(me, MAX_RECOMMENDATIONS);
        Map<Long, String> personas = store.publicPersonaNames(ids);
        Map<Long, PublicProfile> byId = directory.profiles(ids).stream()
                .collect(Collectors.toMap(PublicProfile::id, Function.identity()));
        List<FriendDtos.Recommendation> items = ids.stream().filter(byId::containsKey).map(byId::get)
                .map(p -> new FriendDtos.Recommendation(p.id(), p.username(), p.profileImage(), p.hasPublicPersona(),
                        personas.get(p.id()))).toList();
        return new FriendDtos.RecommendationList(items, items.size());
    }

    private FriendDtos.RequestList requests(List<Row> rows) {
        Map<Long, PublicProfile> profiles = profiles(rows);
        List<FriendRequest> items = rows.stream().map(r -> view(r, profiles)).toList();
        return new FriendDtos.RequestList(items, items.size());
    }

    private Map<Long, PublicProfile> profiles(List<Row> rows) {
        Set<Long> ids = new HashSet<>();
        rows.forEach(r -> {
            ids.add(r.requesterId());
            ids.add(r.addresseeId());
        });
        return directory.profiles(ids).stream().collect(Collectors.toMap(PublicProfile::id, Function.identity()));
    }

    private static FriendRequest view(Row r, Map<Long, PublicProfile> profiles) {
        return new FriendRequest(r.id(), r.requesterId(), r.addresseeId(), r.status(), r.createdAt(), r.updatedAt(),
                profiles.get(r.requesterId()), profiles.get(r.addresseeId()));
    }

}
