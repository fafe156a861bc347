package app.dearme.user;

import app.dearme.vocabulary.RagContextLevel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalTime;
import java.time.OffsetDateTime;

final class UserDtos {
    private UserDtos() {
    }

    record Me(long id, String email, String username, String profileImage, String timezone,
              RagContextLevel ragContextLevel, String locale, boolean emailVerified, String role, boolean reminderEnabled, String reminderTime,
              OffsetDateTime createdAt) {
        static Me of(UserAccount u) {
            LocalTime t = u.reminderTime();
            return new Me(u.id(), u.email(), u.username(), u.profileImage(), u.timezone(), u.ragContextLevel(),
                    u.locale(), u.emailVerified(), u.role(), u.reminderEnabled(),
                    t == null ? null : String.format("%02d:%02d", t.getHour(), t.getMinute()), u.createdAt());
        }
    }

    record PatchMe(
            @Pattern(regexp = "^[A-Za-z0-9_가-힣]{2,50}$", message = "{dearme.username}") String username,
            @Size(max = 500) @Pattern(regexp = "^(https?://|/)\\S*$", message = "{dearme.url}") String profileImage,
            @Size(max = 64) String timezone,
            RagContextLevel ragContextLevel, // an unknown key is a 400 from the JSON reader (RagContextLevel.fromWire)
            @Pattern(regexp = "ko|en", message = "{dearme.locale}") String locale,
            Boolean reminderEnabled,
            @Pattern(regexp = "^([01]\\d|2[0-3]):[0-5]\\d$", message = "{dearme.hhmm}") String reminderTime) {
    }

    record DeleteMe(@NotBlank @Size(max = 100) String password) {
    }
}
