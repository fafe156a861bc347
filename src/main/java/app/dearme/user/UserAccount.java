package app.dearme.user;

import app.dearme.vocabulary.RagContextLevel;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** A user row as other modules see it. */
public record UserAccount(long id, String email, String username, String passwordHash, boolean emailVerified,
                          String role, String timezone, String locale, RagContextLevel ragContextLevel,
                          String profileImage, boolean reminderEnabled, LocalTime reminderTime, boolean active,
                          int failedLogins, OffsetDateTime lockedUntil, OffsetDateTime createdAt) {

    /**
     * The zone every "today" of this user is computed in (SPEC §1). The one fallback rule: a missing or unreadable
     * stored zone (the API validates it, so only a hand-edited row) reads as {@link UserClock#DEFAULT_ZONE},
     * the column's default, never the server's zone.
     */
    public ZoneId zone() {
        if (timezone == null || timezone.isBlank()) {
            return UserClock.DEFAULT_ZONE;
        }
        try {
            return ZoneId.of(timezone);
        } catch (DateTimeException e) {
            return UserClock.DEFAULT_ZONE;
        }
    }
}
