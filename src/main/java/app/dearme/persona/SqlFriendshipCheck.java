package app.dearme.persona;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** TEMPORARY: reads the friendships table directly; replace with the friends module's Friendships. */
@Component
class SqlFriendshipCheck implements FriendshipCheck {

    private final JdbcClient jdbc;

    SqlFriendshipCheck(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean areFriends(long a, long b) {
        if (a == b) {
            return false;
        }
        return jdbc.sql("""
                select count(*) from friendships where status = 'accepted'
                   and ((requester_id = ? and addressee_id = ?) or (requester_id = ? and addressee_id = ?))""")
                .params(a, b, b, a).query(Long.class).single() > 0;
    }
}
