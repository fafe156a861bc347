package app.dearme.persona;

import app.dearme.ai.SpeakingStyle;
import app.dearme.vocabulary.PersonaLevel;

import app.dearme.ai.PersonaDraft;
import app.dearme.platform.cache.CacheConfig;
import app.dearme.user.UserAccounts;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Persona rows. Reads by owner go through the persona cache; every write evicts it (the cache manager repeats the
 * eviction after commit and on every instance), so a read racing the write cannot keep the old row for the TTL.
 */
@Repository
class PersonaStore {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Cache cache;
    private final RowMapper<PersonaView> mapper;
    private final UserAccounts users;

    PersonaStore(JdbcClient jdbc, JsonMapper json, CacheManager caches, UserAccounts users) {
        this.users = users;
        this.jdbc = jdbc;
        this.json = json;
        this.cache = caches.getCache(CacheConfig.PERSONA);
        this.mapper = (rs, i) -> new PersonaView(rs.getLong("id"), rs.getLong("user_id"), rs.getString("name"),
                rs.getString("personality"), json.readValue(rs.getString("traits"), STRINGS),
                json.readValue(rs.getString("interests"), STRINGS), rs.getString("speaking_style"),
                rs.getString("summary"), rs.getBoolean("is_public"),
                json.readValue(rs.getString("customization"), PersonaCustomization.class), PersonaLevel.of(rs.getString("level")),
                new PersonaView.GeneratedFrom(rs.getInt("generated_diary_count"),
                        rs.getObject("generated_until", LocalDate.class)),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class),
                style(json, rs.getString("speaking_style_profile")));
    }

    Optional<PersonaView> byUser(long userId) {
        PersonaView cached = cache == null ? null : cache.get(userId, PersonaView.class);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<PersonaView> p = jdbc.sql("select * from personas where user_id = ?").param(userId).query(mapper).optional();
        if (cache != null && p.isPresent() && !TransactionSynchronizationManager.isActualTransactionActive()) {
            cache.put(userId, p.get());
        }
        return p;
    }

    Optional<PersonaView> byId(long id) {
        return jdbc.sql("select * from personas where id = ?").param(id).query(mapper).optional();
    }

    boolean exists(long userId) {
        return jdbc.sql("select count(*) from personas where user_id = ?").param(userId).query(Long.class).single() > 0;
    }

    /** Inserts; returns empty when the user already has a persona. */
    Optional<PersonaView> insert(long userId, PersonaDraft d, PersonaLevel level, int diaryCount, LocalDate until) {
        evict(userId);
        return jdbc.sql("""
                        insert into personas (user_id, name, personality, traits, interests, speaking_style, summary,
                                              level, generated_diary_count, generated_until, speaking_style_profile)
                        values (?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?, ?::jsonb)
                        on conflict (user_id) do nothing returning *""")
                .params(userId, cut(d.name(), 100), d.personality(), json.writeValueAsString(d.traits()),
                        json.writeValueAsString(d.interests()), nz(d.speakingStyle()), nz(d.summary()), level.wire(),
                        diaryCount, until, styleJson(d))
                .query(mapper).optional();
    }

    /** Creates or refreshes the generated fields; id, is_public, customization and chats stay. */
    PersonaView upsertGenerated(long userId, PersonaDraft d, PersonaLevel level, int diaryCount, LocalDate until) {
        evict(userId);
        return jdbc.sql("""
                        insert into personas (user_id, name, personality, traits, interests, speaking_style, summary,
                                              level, generated_diary_count, generated_until, speaking_style_profile)
                        values (?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?, ?::jsonb)
                        on conflict (user_id) do update set name = excluded.name, personality = excluded.personality,
                            traits = excluded.traits, interests = excluded.interests,
                            speaking_style = excluded.speaking_style, summary = excluded.summary,
                            speaking_style_profile = excluded.speaking_style_profile,
                            level = excluded.level, generated_diary_count = excluded.generated_diary_count,
                            generated_until = excluded.generated_until, updated_at = now()
                        returning *""")
                .params(userId, cut(d.name(), 100), d.personality(), json.writeValueAsString(d.traits()),
                        json.writeValueAsString(d.interests()), nz(d.speakingStyle()), nz(d.summary()), level.wire(),
                        diaryCount, until, styleJson(d))
                .query(mapper).single();
    }

    Optional<PersonaView> update(long userId, String name, Boolean isPublic) {
        evict(userId);
        return jdbc.sql("""
                        update personas set name = coalesce(?, name), is_public = coalesce(?, is_public), updated_at = now()
                         where user_id = ? returning *""")
                .params(name, isPublic, userId).query(mapper).optional();
    }

    Optional<PersonaView> customize(long userId, PersonaCustomization c) {
        evict(userId);
        return jdbc.sql("update personas set customization = ?::jsonb, updated_at = now() where user_id = ? returning *")
                .params(json.writeValueAsString(c), userId).query(mapper).optional();
    }

    /**
     * Locks the owner's account so concurrent generate/upgrade requests serialize. The user module takes the row
     * lock inside the caller's transaction (its API requires one); persona SQL never names the users table.
     */
    void lockUser(long userId) {
        users.lock(userId);
    }

    /** Personas by id, in one query; ids without a persona are absent. */
    Map<Long, PersonaView> byIds(Collection<Long> ids) {
        Map<Long, PersonaView> found = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select * from personas where id in (:ids)").param("ids", ids).query(mapper).list()
                    .forEach(p -> found.put(p.id(), p));
        }
        return found;
    }

    /** Owner id → persona name, for the owners whose persona is public (personas.user_id is unique). */
    Map<Long, String> publicNamesByOwner(Collection<Long> ownerIds) {
        Map<Long, String> names = new HashMap<>();
        if (!ownerIds.isEmpty()) {
            jdbc.sql("select user_id, name from personas where is_public and user_id in (:ids)").param("ids", ownerIds)
                    .query((rs, i) -> names.put(rs.getLong(1), rs.getString(2))).list();
        }
        return names;
    }

    /** Owners of public personas whose account is active (the user module's published active_users), newest first. */
    List<Long> recentPublicOwners(Collection<Long> excluded, int limit) {
        return jdbc.sql("""
                select p.user_id from personas p join active_users a on a.user_id = p.user_id
                 where p.is_public and p.user_id not in (:excluded)
                 order by p.updated_at desc, p.user_id desc limit :limit""")
                .param("excluded", excluded.isEmpty() ? List.of(0L) : excluded) // ids start at 1; "in ()" is invalid
                .param("limit", limit).query(Long.class).list();
    }

    private String styleJson(PersonaDraft d) {
        return json.writeValueAsString(d.style() == null ? SpeakingStyle.PLAIN : d.style());
    }

    private static SpeakingStyle style(JsonMapper json, String stored) {
        return stored == null ? SpeakingStyle.PLAIN : json.readValue(stored, SpeakingStyle.class);
    }

    void evict(long userId) {
        if (cache != null) {
            cache.evict(userId); // now, after completion and on the other instances (ClusterCacheManager)
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String cut(String s, int max) {
        String v = s == null || s.isBlank() ? "나의 페르소나" : s.strip();
        return v.length() > max ? v.substring(0, max) : v;
    }
}
