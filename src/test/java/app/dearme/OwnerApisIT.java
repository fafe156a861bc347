package app.dearme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import app.dearme.persona.PersonaView;
import app.dearme.persona.Personas;
import app.dearme.platform.idempotency.IdempotencyKeys;
import app.dearme.support.IntegrationTest;
import app.dearme.support.TestUsers;
import app.dearme.user.PublicPersonas;
import app.dearme.user.UserAccounts;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 17: the owner APIs that replaced other modules' SQL on users, personas and idempotency_keys, on the real
 * schema (embedded PostgreSQL).
 */
class OwnerApisIT extends IntegrationTest {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    UserAccounts accounts;
    @Autowired
    PublicPersonas publicPersonas;
    @Autowired
    Personas personas;
    @Autowired
    IdempotencyKeys keys;
    @Autowired
    PlatformTransactionManager txManager;

    @Test
    void accountLocksJoinTheCallersTransactionAndBlockOthers() {
        long a = account();
        long b = account();
        long inactive = account();
        jdbc.update("update users set is_active = false where id = ?", inactive);

        assertThatThrownBy(() -> accounts.lock(a)).isInstanceOf(IllegalTransactionStateException.class);
        assertThatThrownBy(() -> accounts.lockActive(a, b)).isInstanceOf(IllegalTransactionStateException.class);

        TransactionTemplate tx = new TransactionTemplate(txManager);
        TransactionTemplate other = new TransactionTemplate(txManager);
        other.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        tx.executeWithoutResult(s -> {
            assertThat(accounts.lockActive(b, a)).containsExactly(Math.min(a, b), Math.max(a, b));
            assertThat(accounts.lockActive(a, inactive)).containsExactly(a);
            accounts.lock(inactive);
            for (long id : List.of(a, b, inactive)) { // held by this transaction: another one cannot take them
                assertThatThrownBy(() -> other.executeWithoutResult(o ->
                        jdbc.queryForList("select id from users where id = ? for update nowait", id)))
                        .as("row of user %d locked", id).isInstanceOf(DataAccessException.class);
            }
        });
        other.executeWithoutResult(o -> assertThat(
                jdbc.queryForList("select id from users where id = ? for update nowait", Long.class, a)).containsExactly(a));
    }

    @Test
    void activityQueriesAnswerForActiveAccountsOnly() {
        long a = account();
        long gone = account();
        jdbc.update("update users set is_active = false where id = ?", gone);
        assertThat(accounts.isActive(a)).isTrue();
        assertThat(accounts.isActive(gone)).isFalse();
        assertThat(accounts.activeIds(List.of(a, gone, -1L))).containsExactly(a);
        assertThat(accounts.activeIds(List.of())).isEmpty();
        assertThat(jdbc.queryForList("select user_id from active_users where user_id in (?, ?)", Long.class, a, gone))
                .as("the published read model").containsExactly(a);
    }

    @Test
    void activeUserCountsCountLastSeenWindows() {
        UserAccounts.ActiveUserCounts before = accounts.activeUserCounts();
        jdbc.update("update users set last_seen_at = now() - interval '1 hour' where id = ?", account());
        jdbc.update("update users set last_seen_at = now() - interval '3 days' where id = ?", account());
        jdbc.update("update users set last_seen_at = now() - interval '20 days' where id = ?", account());
        jdbc.update("update users set last_seen_at = now() - interval '40 days' where id = ?", account());
        UserAccounts.ActiveUserCounts after = accounts.activeUserCounts();
        assertThat(after.dau() - before.dau()).isEqualTo(1);
        assertThat(after.wau() - before.wau()).isEqualTo(2);
        assertThat(after.mau() - before.mau()).isEqualTo(3);
    }

    @Test
    void publicPersonasByOwnerAndMostRecentFirst() {
        long older = account();
        long newer = account();
        long hidden = account();
        long inactive = account();
        long excluded = account();
        long none = account();
        persona(older, "older", true, "2 hours");
        persona(newer, "newer", true, "1 hour");
        persona(hidden, "hidden", false, "1 minute");
        persona(inactive, "inactive", true, "1 minute");
        persona(excluded, "excluded", true, "1 minute");
        jdbc.update("update users set is_active = false where id = ?", inactive);

        assertThat(publicPersonas.namesByOwner(List.of(older, newer, hidden, none)))
                .isEqualTo(Map.of(older, "older", newer, "newer"));
        assertThat(publicPersonas.namesByOwner(List.of())).isEmpty();

        List<Long> recent = publicPersonas.recentOwners(Set.of(excluded), 10_000);
        assertThat(recent).contains(newer, older).doesNotContain(hidden, inactive, excluded, none);
        assertThat(recent.indexOf(newer)).isLessThan(recent.indexOf(older));
        assertThat(publicPersonas.recentOwners(List.of(), 1)).hasSize(1);
    }

    @Test
    void personasByIdsInOneCall() {
        long u1 = account();
        long u2 = account();
        long p1 = persona(u1, "하나", true, "1 minute");
        long p2 = persona(u2, "둘", false, "1 minute");
        Map<Long, PersonaView> found = personas.byIds(List.of(p1, p2, -5L));
        assertThat(found).containsOnlyKeys(p1, p2);
        assertThat(found.get(p1).userId()).isEqualTo(u1);
        assertThat(found.get(p2).name()).isEqualTo("둘");
        assertThat(personas.byIds(List.of())).isEmpty();
    }

    @Test
    void idempotencyCleanupDeletesExpiredKeysOfEveryScopeInBatches() {
        long u = account();
        for (String scope : List.of("chat", "diary_create")) {
            keys.claim(u, scope, "old", "h");
            keys.claim(u, scope, "fresh", "h");
        }
        jdbc.update("update idempotency_keys set created_at = now() - interval '25 hours' where user_id = ? "
                + "and idem_key = 'old'", u);
        assertThat(keys.deleteOlderThan(java.time.Duration.ofHours(24), 1)).isGreaterThanOrEqualTo(2);
        assertThat(jdbc.queryForList("select scope || '/' || idem_key from idempotency_keys where user_id = ? order by 1",
                String.class, u)).containsExactly("chat/fresh", "diary_create/fresh");
        await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.queryForList(
                "select task_name from scheduled_tasks where task_name like '%idempotency%'", String.class))
                .as("the platform job replaced chat's").containsExactly("idempotency-cleanup"));
    }

    private long account() {
        String name = TestUsers.uniqueName("own" + SEQ.incrementAndGet());
        return accounts.create(name + "@owner.test", name, "x", "user");
    }

    private long persona(long userId, String name, boolean isPublic, String age) {
        return jdbc.queryForObject("""
                insert into personas (user_id, name, personality, is_public, updated_at)
                values (?, ?, 'warm', ?, now() - cast(? as interval)) returning id""",
                Long.class, userId, name, isPublic, age);
    }
}
