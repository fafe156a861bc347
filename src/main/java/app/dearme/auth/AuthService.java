package app.dearme.auth;

import app.dearme.platform.config.DearMeProperties;
import app.dearme.platform.error.ApiException;
import app.dearme.platform.security.AccessTokens;
import app.dearme.user.UserAccount;
import app.dearme.user.UserAccounts;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Account flows of SPEC §3. Rate limits are applied by the controller; lockout and cooldowns live here. */
@Service
class AuthService {

    /** Verifying against this keeps unknown-e-mail logins as slow as wrong-password ones. */
    private final String unknownUserHash;

    private final UserAccounts users;
    private final Sessions sessions;
    private final EmailTokens emailTokens;
    private final AuthMails mails;
    private final PasswordEncoder passwords;
    private final AccessTokens accessTokens;
    private final DearMeProperties props;
    private final Roles roles;

    /** bcrypt runs outside it: a password check is ~100 ms of CPU that must not hold a pooled connection. */
    private final TransactionTemplate tx;

    AuthService(UserAccounts users, Sessions sessions, EmailTokens emailTokens, AuthMails mails,
                PasswordEncoder passwords, AccessTokens accessTokens, DearMeProperties props, Roles roles,
                PlatformTransactionManager txm) {
        this.tx = new TransactionTemplate(txm);
        this.roles = roles;
        this.users = users;
        this.sessions = sessions;
        this.emailTokens = emailTokens;
        this.mails = mails;
        this.passwords = passwords;
        this.accessTokens = accessTokens;
        this.props = props;
        this.unknownUserHash = passwords.encode("not-a-real-password-" + System.nanoTime());
    }

    AuthDtos.Registered register(AuthDtos.Register r) {
        String email = r.email().strip();
        String pw = r.password();
        if (pw.chars().allMatch(Character::isDigit)) {
            throw ApiException.badRequest("password", "비밀번호는 숫자로만 만들 수 없어요.", "The password cannot be all digits.");
        }
        if (pw.equalsIgnoreCase(email) || pw.equalsIgnoreCase(r.username())) {
            throw ApiException.badRequest("password", "비밀번호는 이메일이나 사용자 이름과 같을 수 없어요.",
                    "The password cannot equal the e-mail or username.");
        }
        String hash = passwords.encode(pw); // before the transaction: no connection is held while bcrypt works
        return tx.execute(s -> create(email, r, hash));
    }

    private AuthDtos.Registered create(String email, AuthDtos.Register r, String hash) {
        if (users.emailTaken(email)) {
            throw ApiException.conflict("email-taken", "이미 가입된 이메일이에요.", "That e-mail is already registered.");
        }
        if (users.usernameTaken(r.username(), 0)) {
            throw ApiException.conflict("username-taken", "이미 사용 중인 사용자 이름이에요.", "That username is taken.");
        }
        long id;
        try {
            id = users.create(email, r.username(), hash, roles.roleFor(email));
        } catch (DuplicateKeyException e) {
            throw ApiException.conflict("already-registered", "이미 가입된 이메일 또는 사용자 이름이에요.",
                    "That e-mail or username is already registered.");
        }
        String token = emailTokens.issue(id, EmailTokens.VERIFY, props.jwt().verifyTtl());
        mails.verification(email, r.username(), token);
        return new AuthDtos.Registered(id, email, r.username(),
                "가입을 환영해요! " + email + " 주소로 보낸 인증 메일의 링크를 눌러 주세요.");
    }

    @Transactional
    AuthDtos.Verified verify(String token, String userAgent, String ip) {
        long userId = emailTokens.consume(token, EmailTokens.VERIFY);
        users.markVerified(userId);
        AuthDtos.Tokens t = openSession(users.require(userId), userAgent, ip);
        return new AuthDtos.Verified("이메일 인증이 완료되었어요. 디어미에 오신 것을 환영해요!", t.accessToken(),
                t.refreshToken(), t.tokenType(), t.expiresIn());
    }

    /** Cooldown per account; the answer is the same whether or not the account exists. */
    @Transactional
    void resendVerification(String email) {
        users.byEmail(email).filter(u -> !u.emailVerified()).ifPresent(u -> {
            cooldown(u.id(), EmailTokens.VERIFY, true);
            mails.verification(u.email(), u.username(), emailTokens.issue(u.id(), EmailTokens.VERIFY, props.jwt().verifyTtl()));
        });
    }

    /**
     * Not one transaction: the reads and the failure count are single statements, and only the successful login's
     * writes (session, last login) form one, after the password check, so no connection waits on bcrypt.
     */
    AuthDtos.Tokens login(String email, String password, String userAgent, String ip) {
        UserAccount u = users.byEmail(email.strip()).filter(UserAccount::active).orElse(null);
        if (u == null) {
            passwords.matches(password, unknownUserHash);
            throw wrongCredentials();
        }
        if (u.lockedUntil() != null) {
            if (u.lockedUntil().isAfter(OffsetDateTime.now())) {
                Duration left = Duration.between(OffsetDateTime.now(), u.lockedUntil());
                throw ApiException.tooMany("account-locked",
                        "로그인 실패가 많아 계정이 잠시 잠겼어요. " + (left.toMinutes() + 1) + "분 뒤에 다시 시도해 주세요.",
                        "Too many failed logins; the account is locked for " + (left.toMinutes() + 1) + " minutes.", left);
            }
            users.unlockExpired(u.id());
        }
        if (!passwords.matches(password, u.passwordHash())) {
            users.recordLoginFailure(u.id(), props.lockout().maxFailures(), props.lockout().duration());
            throw wrongCredentials();
        }
        if (!u.emailVerified()) {
            throw ApiException.forbidden("email-not-verified", "이메일 인증이 필요해요. 받은 메일의 인증 링크를 눌러 주세요.",
                    "Please verify your e-mail address first.");
        }
        return tx.execute(s -> {
            users.recordLoginSuccess(u.id());
            return openSession(u, userAgent, ip);
        });
    }

    @Transactional(noRollbackFor = ApiException.class)
    AuthDtos.Tokens refresh(String refreshToken) {
        Sessions.Rotated r = sessions.rotate(refreshToken);
        UserAccount u = users.byId(r.userId()).filter(UserAccount::active).orElseThrow(() ->
                ApiException.unauthorized("계정을 찾을 수 없어요.", "Account not found."));
        return new AuthDtos.Tokens(accessTokens.issue(u.id(), r.sessionId(), currentRole(u)), r.refreshToken(), "bearer",
                accessTokens.ttlSeconds());
    }

    @Transactional
    void forgotPassword(String email) {
        users.byEmail(email).filter(UserAccount::active).ifPresent(u -> {
            if (cooldown(u.id(), EmailTokens.RESET, false)) {
                mails.passwordReset(u.email(), u.username(), emailTokens.issue(u.id(), EmailTokens.RESET, props.jwt().resetTtl()));
            }
        });
    }

    @Transactional
    void resetPassword(String token, String newPassword) {
        long userId = emailTokens.consume(token, EmailTokens.RESET);
        UserAccount u = users.require(userId);
        checkStrength(newPassword, u, "password");
        users.setPasswordHash(userId, passwords.encode(newPassword));
        emailTokens.invalidateAll(userId, EmailTokens.RESET);
        sessions.revokeAll(userId, 0);
    }

    @Transactional
    void changePassword(long userId, long currentSession, String current, String next) {
        UserAccount u = users.require(userId);
        if (!passwords.matches(current, u.passwordHash())) {
            throw ApiException.badRequest("current_password", "현재 비밀번호가 올바르지 않아요.", "The current password is wrong.");
        }
        checkStrength(next, u, "new_password");
        users.setPasswordHash(userId, passwords.encode(next));
        emailTokens.invalidateAll(userId, EmailTokens.RESET);
        sessions.revokeAll(userId, currentSession);
    }

    private AuthDtos.Tokens openSession(UserAccount u, String userAgent, String ip) {
        Sessions.Issued s = sessions.open(u.id(), userAgent, ip);
        return new AuthDtos.Tokens(accessTokens.issue(u.id(), s.sessionId(), currentRole(u)), s.refreshToken(), "bearer",
                accessTokens.ttlSeconds());
    }

    /** The configured role wins over the stored one, which is updated to match (it is shown in /users/me). */
    private String currentRole(UserAccount u) {
        String role = roles.roleFor(u.email());
        if (!role.equals(u.role())) {
            users.syncRole(u.id(), role);
        }
        return role;
    }

    /** @return true when a mail may be sent; with {@code strict} a too-early call is a 429. */
    private boolean cooldown(long userId, String purpose, boolean strict) {
        long cooldown = props.mail().cooldown().toSeconds();
        Long since = emailTokens.secondsSinceLast(userId, purpose).orElse(null);
        if (since != null && since < cooldown) {
            if (strict) {
                throw ApiException.tooMany("cooldown", "메일은 " + cooldown + "초에 한 번만 보낼 수 있어요. 잠시 후 다시 시도해 주세요.",
                        "Please wait before requesting another e-mail.", Duration.ofSeconds(cooldown - since));
            }
            return false;
        }
        return true;
    }

    private static void checkStrength(String pw, UserAccount u, String field) {
        if (pw.chars().allMatch(Character::isDigit)) {
            throw ApiException.badRequest(field, "비밀번호는 숫자로만 만들 수 없어요.", "The password cannot be all digits.");
        }
        if (pw.equalsIgnoreCase(u.email()) || pw.equalsIgnoreCase(u.username())) {
            throw ApiException.badRequest(field, "비밀번호는 이메일이나 사용자 이름과 같을 수 없어요.",
                    "The password cannot equal the e-mail or username.");
        }
    }

    private static ApiException wrongCredentials() {
        return new ApiException(HttpStatus.UNAUTHORIZED, "invalid-credentials", "이메일 또는 비밀번호가 올바르지 않아요.",
                "The e-mail or password is wrong.");
    }
}
