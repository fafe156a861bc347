package app.dearme.friend;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class FriendStore {

    record Row(long id, long requesterId, long addresseeId, String status, OffsetDateTime createdAt,
               OffsetDateTime updatedAt) {
    }

    static final RowMapper<Row> MAPPER = (rs, i) -> new Row(rs.getLong("id"), rs.getLong("requester_id"),
            rs.getLong("addressee_id"), rs.getString("status"), rs.getObject("created_at", OffsetDateTime.class),
            rs.getObject("updated_at", OffsetDateTime.class));

    private final JdbcClient jdbc;

    FriendStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks both users' rows in id order, so every change to either user's friendships (requests,
     * acceptances and the friend limit check) is serialised without deadlocks.
     */
    List<Long> lockUsers(long a, long b) {
        return jdbc.sql("select id from users where id in (:a, :b) and is_active order by id for update")
                .param("a", a).param("b", b).query(Long.class).list();
    }

    List<Row> pair(long a, long b) {
        return jdbc.sql("""
                select * from friendships
                 where (requester_id = :a and addressee_id = :b) or (requester_id = :b and addressee_id = :a)""")
                .param("a", a).param("b", b).query(MAPPER).list();
    }

    Optional<Row> find(long id) {
        return jdbc.sql("select * from friendships where id = ?").param(id).query(MAPPER).optional();
    }

    Row insertPending(long requester, long addressee) {
        return jdbc.sql("insert into friendships (requester_id, addressee_id, status) values (?, ?, 'pending') returning *")
                .params(requester, addressee).query(MAPPER).single();
    }

    void delete(long id) {
        jdbc.sql("delete from friendships where id = ?").param(id).update();
    }

    /** Moves a pending request to its final status; empty if it was not pending any more. */
    Optional<Row> decide(long id, String status) {
        return jdbc.sql("update friendships set status = ?, updated_at = now() where id = ? and status = 'pending' returning *")
                .params(status, id).query(MAPPER).optional();
    }

    int deleteAccepted(long a, long b) {
        return jdbc.sql("""
                delete from friendships where status = 'accepted'
                   and ((requester_id = :a and addressee_id = :b) or (requester_id = :b and addressee_id = :a))""")
                .param("a", a).param("b", b).update();
    }

    List<Row> received(long userId) {
        return jdbc.sql("select * from friendships where addressee_id = ? and status = 'pending' order by created_at desc, id desc")
                .param(userId).query(MAPPER).list();
    }

    List<Row> sent(long userId) {
        return jdbc.sql("select * from friendships where requester_id = ? and status = 'pending' order by created_at desc, id desc")
                .param(userId).query(MAPPER).list();
    }

    List<Row> accepted(long userId) {
        return jdbc.sql("""
                select * from friendships where status = 'accepted' and (requester_id = :u or addressee_id = :u)
                 order by updated_at desc, id desc""").param("u", userId).query(MAPPER).list();
    }

    /** Active users with a public persona, not the caller, with no pending/accepted relation to the caller. */
    List<Long> recommendationIds(long userId, int limit) {
        return jdbc.sql("""
                select u.id from users u
                  join personas p on p.user_id = u.id and p.is_public
                 where u.is_active and u.id <> :u
                   and not exists (select 1 from friendships f where f.status <> 'rejected'
                        and ((f.requester_id = :u and f.addressee_id = u.id) or (f.requester_id = u.id and f.addressee_id = :u)))
                 order by p.updated_at desc, u.id desc limit :limit""")
                .param("u", userId).param("limit", limit).query(Long.class).list();
    }

    /**
     * Names of public personas. The persona module has no read API for this on this branch yet; this
     * read-only query is the one place that should switch to it.
     */
    Map<Long, String> publicPersonaNames(Collection<Long> userIds) {
        Map<Long, String> names = new HashMap<>();
        if (userIds.isEmpty()) {
            return names;
        }
        jdbc.sql("select user_id, name from personas where is_public and user_id in (:ids)").param("ids", userIds)
                .query((rs, i) -> names.put(rs.getLong(1), rs.getString(2))).list();
        return names;
    }
}
