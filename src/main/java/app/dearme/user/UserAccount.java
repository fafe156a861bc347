package app.dearme.user;

import java.time.LocalTime;
import java.time.OffsetDateTime;

/** A user row as other modules see it. */
public record UserAccount(long id, String email, String username, String passwordHash, boolean emailVerified,
                          String role, String timezone, String locale, String ragContextLevel, String profileImage,
                          boolean reminderEnabled, LocalTime reminderTime, boolean active, int failedLogins,
                          OffsetDateTime lockedUntil, OffsetDateTime createdAt) {

    public java.time.ZoneId zone() {
        return java.time.ZoneId.of(timezone);
    }
}
