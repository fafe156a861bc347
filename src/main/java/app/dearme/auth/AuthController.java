package app.dearme.auth;

import app.dearme.platform.error.ApiException;
import app.dearme.platform.ratelimit.RateLimitRule;
import app.dearme.platform.ratelimit.RateLimited;
import app.dearme.platform.ratelimit.RateLimiter;
import app.dearme.platform.security.AuthUser;
import app.dearme.platform.security.ClientIp;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth")
class AuthController {

    private static final String SAME_MESSAGE_RESEND = "가입된 이메일이라면 인증 메일을 다시 보냈어요.";
    private static final String SAME_MESSAGE_FORGOT = "가입된 이메일이라면 비밀번호 재설정 메일을 보냈어요.";

    private final AuthService auth;
    private final Sessions sessions;
    private final RateLimiter limits;
    private final ClientIp clientIp;
    private final RefreshCookies cookies;

    AuthController(AuthService auth, Sessions sessions, RateLimiter limits, ClientIp clientIp, RefreshCookies cookies) {
        this.cookies = cookies;
        this.auth = auth;
        this.sessions = sessions;
        this.limits = limits;
        this.clientIp = clientIp;
    }

    @PostMapping(value = "/register", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @RateLimited(RateLimitRule.REGISTER_PER_IP)
    AuthDtos.Registered register(@Valid @RequestBody AuthDtos.Register body) {
        return auth.register(body);
    }

    @GetMapping("/verify-email")
    AuthDtos.Verified verify(@RequestParam(defaultValue = "") String token, HttpServletRequest req,
                             HttpServletResponse res) {
        if (token.isBlank() || token.length() > 200) {
            throw ApiException.badRequest("token", "인증 토큰이 필요해요.", "A verification token is required.");
        }
        AuthDtos.Verified v = auth.verify(token, req.getHeader("User-Agent"), clientIp.of(req));
        cookies.set(res, v.refreshToken());
        return v;
    }

    @PostMapping(value = "/resend-verification", consumes = MediaType.APPLICATION_JSON_VALUE)
    @RateLimited(RateLimitRule.MAIL_PER_IP)
    AuthDtos.Message resend(@Valid @RequestBody AuthDtos.EmailOnly body) {
        auth.resendVerification(body.email().strip());
        return new AuthDtos.Message(SAME_MESSAGE_RESEND);
    }

    @PostMapping(value = "/login", consumes = MediaType.APPLICATION_JSON_VALUE)
    @RateLimited(RateLimitRule.LOGIN_PER_IP)
    AuthDtos.Tokens login(@Valid @RequestBody AuthDtos.Login body, HttpServletRequest req, HttpServletResponse res) {
        return doLogin(body.email(), body.password(), req, res);
    }

    /** OAuth2-style form login (username = e-mail), as the original API accepted. */
    @PostMapping(value = "/login", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    @RateLimited(RateLimitRule.LOGIN_PER_IP)
    AuthDtos.Tokens loginForm(@RequestParam(defaultValue = "") String username,
                              @RequestParam(defaultValue = "") String password, HttpServletRequest req,
                              HttpServletResponse res) {
        if (username.isBlank() || password.isBlank() || username.length() > 254 || password.length() > 100) {
            throw ApiException.badRequest(username.isBlank() ? "username" : "password", "이메일과 비밀번호를 입력해 주세요.",
                    "E-mail and password are required.");
        }
        return doLogin(username, password, req, res);
    }

    /** The body keeps the refresh token (SPEC §3, non-browser clients); the web app uses only the cookie. */
    private AuthDtos.Tokens doLogin(String email, String password, HttpServletRequest req, HttpServletResponse res) {
        String ip = clientIp.of(req);
        limits.consume(RateLimitRule.LOGIN_PER_ACCOUNT, email.strip().toLowerCase(Locale.ROOT));
        AuthDtos.Tokens t = auth.login(email, password, req.getHeader("User-Agent"), ip);
        cookies.set(res, t.refreshToken());
        return t;
    }

    /**
     * A token in the body (non-browser clients) is answered in the body; a cookie-only refresh (the web app) gets
     * the rotated token only as a cookie, so a script on the page can never read a refresh token. JSON only: a
     * cross-site form cannot send it without a CORS preflight, which this API never grants.
     */
    @PostMapping(value = "/refresh", consumes = MediaType.APPLICATION_JSON_VALUE)
    AuthDtos.Tokens refresh(@Valid @RequestBody(required = false) AuthDtos.Refresh body, HttpServletRequest req,
                            HttpServletResponse res) {
        String fromBody = body == null || body.refreshToken() == null || body.refreshToken().isBlank()
                ? null : body.refreshToken();
        String token = fromBody != null ? fromBody : cookies.read(req);
        if (token == null) {
            throw ApiException.unauthorized("로그인이 필요해요.", "Please log in.");
        }
        AuthDtos.Tokens t;
        try {
            t = auth.refresh(token);
        } catch (ApiException e) {
            if (fromBody == null) {
                cookies.clear(res);
            }
            throw e;
        }
        cookies.set(res, t.refreshToken());
        return fromBody != null ? t : new AuthDtos.Tokens(t.accessToken(), null, t.tokenType(), t.expiresIn());
    }

    @PostMapping("/logout")
    ResponseEntity<Void> logout(AuthUser me, @Valid @RequestBody(required = false) AuthDtos.Logout body,
                                HttpServletResponse res) {
        sessions.revoke(me.sessionId());
        cookies.clear(res);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/sessions")
    AuthDtos.SessionList sessions(AuthUser me) {
        return new AuthDtos.SessionList(sessions.list(me.id(), me.sessionId()));
    }

    @DeleteMapping("/sessions/{id}")
    ResponseEntity<Void> revoke(AuthUser me, @PathVariable long id) {
        sessions.revokeOwned(me.id(), id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(value = "/forgot-password", consumes = MediaType.APPLICATION_JSON_VALUE)
    @RateLimited(RateLimitRule.MAIL_PER_IP)
    AuthDtos.Message forgot(@Valid @RequestBody AuthDtos.EmailOnly body) {
        auth.forgotPassword(body.email().strip());
        return new AuthDtos.Message(SAME_MESSAGE_FORGOT);
    }

    @PostMapping(value = "/reset-password", consumes = MediaType.APPLICATION_JSON_VALUE)
    AuthDtos.Message reset(@Valid @RequestBody AuthDtos.ResetPassword body) {
        auth.resetPassword(body.token(), body.password());
        return new AuthDtos.Message("비밀번호가 변경되었어요. 새 비밀번호로 로그인해 주세요.");
    }

    @PostMapping(value = "/change-password", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> change(AuthUser me, @Valid @RequestBody AuthDtos.ChangePassword body) {
        auth.changePassword(me.id(), me.sessionId(), body.currentPassword(), body.newPassword());
        return ResponseEntity.noContent().build();
    }
}
