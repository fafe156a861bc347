package app.dearme.auth;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;

final class AuthDtos {
    private AuthDtos() {
    }

    record Register(
            @NotBlank @Size(max = 254) @Email(message = "{dearme.email}") String email,
            @NotNull @Pattern(regexp = "^[A-Za-z0-9_가-힣]{2,50}$", message = "{dearme.username}") String username,
            @NotNull @Size(min = 8, max = 100, message = "{dearme.password}") @BcryptSized String password) {
    }

    record Registered(long id, String email, String username, String message) {
    }

    record EmailOnly(@NotBlank @Size(max = 254) @Email(message = "{dearme.email}") String email) {
    }

    record Login(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 100) String password) {
    }

    /** The token may instead come in the HttpOnly refresh cookie (the web app). */
    record Refresh(@Size(max = 200) String refreshToken) {
    }

    record Logout(@Size(max = 200) String refreshToken) {
    }

    record ResetPassword(@NotBlank @Size(max = 200) String token,
                         @NotNull @Size(min = 8, max = 100, message = "{dearme.password}") @BcryptSized String password) {
    }

    record ChangePassword(@NotBlank @Size(max = 100) String currentPassword,
                          @NotNull @Size(min = 8, max = 100, message = "{dearme.password}") @BcryptSized String newPassword) {
    }

    record Tokens(String accessToken, String refreshToken, String tokenType, long expiresIn) {
    }

    record Verified(String message, String accessToken, String refreshToken, String tokenType, long expiresIn) {
    }

    record Message(String message) {
    }

    record SessionView(long id, OffsetDateTime createdAt, OffsetDateTime lastUsedAt, String userAgent, String ip,
                       boolean current) {
    }

    record SessionList(List<SessionView> items) {
    }
}
