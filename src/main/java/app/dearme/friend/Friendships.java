package app.dearme.friend;

import app.dearme.subscription.FriendCounter;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The friend module's read API for other modules (chat access to friends' personas); also the subscription
 * module's {@link FriendCounter} for the usage report.
 */
@Service
public class Friendships implements FriendCounter {

    private final JdbcClient jdbc;

    Friendships(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True when an accepted friendship exists in either direction. */
    public boolean areFriends(long a, long b) {
        if (a == b) {
            return false;
        }
        return jdbc.sql("""
                select count(*) from friendships where status = 'accepted'
                   and ((requester_id = :a and addressee_id = :b) or (requester_id = :b and addressee_id = :a))""")
                .param("a", a).param("b", b).query(Long.class).single() > 0;
    }

    /** Ids of accepted friends, ascending. */
    public List<Long> friendIds(long userId) {
        return jdbc.sql("""
                select case when requester_id = :u then addressee_id else requester_id end as friend_id
                  from friendships where status = 'accepted' and (requester_id = :u or addressee_id = :u)
                 order by friend_id""")
                .param("u", userId).query(Long.class).list();
    }

    @Override
    public int friendCount(long userId) {
        return jdbc.sql("select count(*) from friendships where status = 'accepted' and (requester_id = ? or addressee_id = ?)")
                .params(userId, userId).query(Integer.class).single();
    }
}
