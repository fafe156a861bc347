package app.dearme.friend;

import app.dearme.user.PublicProfile;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.List;

final class FriendDtos {

    private FriendDtos() {
    }

    record RequestBody(@NotNull(message = "친구 요청을 보낼 사용자(addressee_id)를 입력해 주세요.") Long addresseeId) {
    }

    enum Decision { accepted, rejected }

    record Respond(@NotNull(message = "status는 accepted 또는 rejected여야 해요.") Decision status) {
    }

    /** A friend request with both sides' public profiles (never e-mails). */
    record FriendRequest(long id, long requesterId, long addresseeId, String status, OffsetDateTime createdAt,
                         OffsetDateTime updatedAt, PublicProfile requester, PublicProfile addressee) {
    }

    record RequestList(List<FriendRequest> items, int total) {
    }

    /** Public profile plus the friend's persona name when that persona is public. */
    record Friend(long id, String username, String profileImage, boolean hasPublicPersona, String personaName,
                  OffsetDateTime friendsSince) {
    }

    record FriendList(List<Friend> items, int total) {
    }

    record Recommendation(long id, String username, String profileImage, boolean hasPublicPersona,
                          String personaName) {
    }

    record RecommendationList(List<Recommendation> items, int total) {
    }
}
