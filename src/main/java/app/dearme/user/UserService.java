package app.dearme.user;

import app.dearme.platform.error.ApiException;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class UserService {

    private final UserAccounts accounts;
    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final UserClock clock;

    UserService(UserAccounts accounts, JdbcClient jdbc, PasswordEncoder passwords, ApplicationEventPublisher events,
                UserClock clock) {
        this.clock = clock;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.events = events;
    }

    @Transactional(readOnly = true)
    UserAccount me(long id) {
        return accounts.require(id);
    }

    @Transactional
    UserAccount patch(long id, UserDtos.PatchMe p) {
        UserAccount u = accounts.require(id);
        if (p.username() != null && !p.username().equals(u.username()) && accounts.usernameTaken(p.username(), id)) {
            throw ApiException.conflict("username-taken", "이미 사용 중인 사용자 이름이에요.", "That username is taken.");
        }
        if (p.timezone() != null) {
            validZone(p.timezone());
        }
        jdbc.sql("""
                update users set username = coalesce(:username, username),
                       profile_image = coalesce(:image, profile_image),
                       timezone = coalesce(:tz, timezone),
                       rag_context_level = coalesce(:rag, rag_context_level),
                       locale = coalesce(:locale, locale),
                       reminder_enabled = coalesce(:remEnabled, reminder_enabled),
                       reminder_time = coalesce(:remTime, reminder_time),
                       updated_at = now()
                 where id = :id""")
                .param("username", p.username())
                .param("image", p.profileImage())
                .param("tz", p.timezone())
                .param("rag", p.ragContextLevel() == null ? null : p.ragContextLevel().wire())
                .param("locale", p.locale())
                .param("remEnabled", p.reminderEnabled())
                .param("remTime", p.reminderTime() == null ? null : LocalTime.parse(p.reminderTime()))
                .param("id", id)
                .update();
        if (p.timezone() != null) {
            clock.zoneChanged(id);
        }
        return accounts.require(id);
    }

    @Transactional
    void delete(long id, String password) {
        UserAccount u = accounts.require(id);
        if (!passwords.matches(password, u.passwordHash())) {
            throw ApiException.forbidden("wrong-password", "비밀번호가 올바르지 않아요.", "The password is wrong.");
        }
        events.publishEvent(new UserDeleting(id));
        // every owned row (diaries, persona, chats, analyses, friendships, notifications, sessions, jobs)
        // goes through ON DELETE CASCADE in the same transaction
        jdbc.sql("delete from users where id = ?").param(id).update();
    }

    private static void validZone(String tz) {
        try {
            ZoneId zone = ZoneId.of(tz);
            if (!zone.getId().contains("/") && !"UTC".equals(zone.getId())) {
                throw new DateTimeException("not a region id");
            }
        } catch (DateTimeException e) {
            throw ApiException.badRequest("timezone", "올바른 IANA 시간대(예: Asia/Seoul)가 아니에요.",
                    "Not a valid IANA time zone (e.g. Asia/Seoul).");
        }
    }
}
