package app.dearme.friend;

import app.dearme.user.PublicPersonas;
import app.dearme.user.UserAccounts;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Friendships, and what the friend module needs of other modules' data through their APIs (issue 17: the SQL here
 * names only the friendships table): account locks from the user module, public personas from the persona module
 * via the user module's {@link PublicPersonas} port.
 */
@Repository
class FriendStore {

    record Row(long id, long requesterId, long addresseeId, String status, OffsetDateTime createdAt,
               OffsetDateTime updatedAt) {
    }

    static final RowMapper<Row> MAPPER = (rs, i) -> new Row(rs.getLong("id"), rs.getLong("requester_id"),
            rs.getLong("addressee_id"), rs.getString("status"), rs.getObject("created_at", OffsetDateTime.class),
            rs.getObject("updated_at", OffsetDateTime.class));

    private final JdbcClient jdbc;
    private final UserAccounts users;
    private final PublicPersonas personas;

    FriendStore(JdbcClient jdbc, UserAccounts users, PublicPersonas personas) {
        this.jdbc = jdbc;
        this.users = users;
        this.personas = personas;
    }

    /**
     * Locks both users' accounts in id order, so every change to either user's friendships (requests,
     * acceptances and the friend limit check) is serialised without deadlocks. The user module takes the row locks
     * inside this transaction (its API joins it); returns the ids that are active.
     */
    List<Long> lockUsers(long a, long b) {
        return users.lockActive(a, b);
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

    /**
     * Active users with a public persona, not the caller, with no pending/accepted relation to the caller; most
     * recently updated persona first. Two queries: the caller's relations here, then the persona module's list.
     */
    List<Long> recommendationIds(long userId, int limit) {
        Set<Long> excluded = new HashSet<>(jdbc.sql("""
                select case when requester_id = :u then addressee_id else requester_id end from friendships
                 where status <> 'rejected' and (requester_id = :u or addressee_id = :u)""")
                .param("u", userId).query(Long.class).list());
        excluded.add(userId);
        return personas.recentOwners(excluded, limit);
    }

    /** Names of public personas, from the persona module (one query for the whole list). */
    Map<Long, String> publicPersonaNames(Collection<Long> userIds) {
        return personas.namesByOwner(userIds);
    }
}
