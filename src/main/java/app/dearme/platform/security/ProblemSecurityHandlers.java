package app.dearme.platform.security;

import app.dearme.platform.error.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** Spring Security's 401/403 as problem+json, in the caller's language. */
final class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        write(request, response, 401, "unauthorized", "Authentication is required or the token is invalid.",
                "로그인이 필요하거나 토큰이 유효하지 않아요.");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(request, response, 403, "forbidden", "You are not allowed to do this.", "이 작업을 할 권한이 없어요.");
    }

    private static void write(HttpServletRequest req, HttpServletResponse res, int status, String slug, String en,
                              String ko) throws IOException {
        if (status == 401) {
            res.setHeader("WWW-Authenticate", "Bearer");
        }
        Problems.write(req, res, status, slug, en, ko);
    }
}
