package app.dearme.persona;

/**
 * Are two users accepted friends? Stand-in seam until the friends module's public
 * {@code app.dearme.friend.Friendships#areFriends} lands; then the implementation delegates to it.
 */
interface FriendshipCheck {

    boolean areFriends(long a, long b);
}
