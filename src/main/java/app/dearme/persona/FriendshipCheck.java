package app.dearme.persona;

import app.dearme.friend.Friendships;
import org.springframework.stereotype.Component;

/** Are two users accepted friends? One place, so persona views and chat access ask the same question. */
@Component
class FriendshipCheck {

    private final Friendships friendships;

    FriendshipCheck(Friendships friendships) {
        this.friendships = friendships;
    }

    boolean areFriends(long a, long b) {
        return friendships.areFriends(a, b);
    }
}
