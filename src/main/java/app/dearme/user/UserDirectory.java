package app.dearme.user;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Public profiles for search, friends and persona views. */
@Service
public class UserDirectory {

    private static final String SELECT = """
            select u.id, u.username, u.profile_image,
                   exists (select 1 from personas p where p.user_id = u.id and p.is_public) as has_public_persona
              from users u
            """;
    static final RowMapper<PublicProfile> MAPPER = (rs, i) -> new PublicProfile(rs.getLong("id"),
            rs.getString("username"), rs.getString("profile_image"), rs.getBoolean("has_public_persona"));

    private final JdbcClient jdbc;

    UserDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PublicProfile> profile(long id) {
        return jdbc.sql(SELECT + " where u.id = ? and u.is_active").param(id).query(MAPPER).optional();
    }

    public List<PublicProfile> profiles(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where u.id in (:ids) and u.is_active order by u.username")
                .param("ids", ids).query(MAPPER).list();
    }

    /** Username contains q (case-insensitive) or e-mail equals q; excludes the caller and inactive users. */
    public List<PublicProfile> search(String q, long callerId) {
        String like = "%" + q.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql(SELECT + """
                 where u.is_active and u.id <> :me
                   and (lower(u.username) like :like escape '\\' or lower(u.email) = lower(:q))
                 order by (lower(u.username) = lower(:q)) desc, u.username limit 20""")
                .param("me", callerId).param("like", like).param("q", q).query(MAPPER).list();
    }
}
