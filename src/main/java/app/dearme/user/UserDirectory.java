package app.dearme.user;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Public profiles for search, friends and persona views. Whether a user has a public persona comes from the persona
 * module ({@link PublicPersonas}), one batch call per list, never from its table.
 */
@Service
public class UserDirectory {

    private static final String SELECT = "select u.id, u.username, u.profile_image from users u\n";

    private record Row(long id, String username, String profileImage) {
    }

    private static final RowMapper<Row> MAPPER = (rs, i) -> new Row(rs.getLong("id"), rs.getString("username"),
            rs.getString("profile_image"));

    private final JdbcClient jdbc;
    private final PublicPersonas personas;

    UserDirectory(JdbcClient jdbc, PublicPersonas personas) {
        this.jdbc = jdbc;
        this.personas = personas;
    }

    public Optional<PublicProfile> profile(long id) {
        return jdbc.sql(SELECT + " where u.id = ? and u.is_active").param(id).query(MAPPER).optional()
                .map(r -> withPersonas(List.of(r)).getFirst());
    }

    public List<PublicProfile> profiles(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return withPersonas(jdbc.sql(SELECT + " where u.id in (:ids) and u.is_active order by u.username")
                .param("ids", ids).query(MAPPER).list());
    }

    /** Username contains q (case-insensitive) or e-mail equals q; excludes the caller and inactive users. */
    public List<PublicProfile> search(String q, long callerId) {
        String like = "%" + q.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return withPersonas(jdbc.sql(SELECT + """
                 where u.is_active and u.id <> :me
                   and (lower(u.username) like :like escape '\\' or lower(u.email) = lower(:q))
                 order by (lower(u.username) = lower(:q)) desc, u.username limit 20""")
                .param("me", callerId).param("like", like).param("q", q).query(MAPPER).list());
    }

    private List<PublicProfile> withPersonas(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, String> publicPersonas = personas.namesByOwner(rows.stream().map(Row::id).toList());
        return rows.stream().map(r -> new PublicProfile(r.id(), r.username(), r.profileImage(),
                publicPersonas.containsKey(r.id()))).toList();
    }
}
