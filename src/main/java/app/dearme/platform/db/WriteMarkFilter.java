package app.dearme.platform.db;

import app.dearme.platform.security.CurrentUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Marks the caller of every state-changing request as a recent writer, before the request runs (its response may
 * reach the client, and the client's next read another instance, before anything after it) and again after it (the
 * window then counts from the end of a long write). Runs after Spring Security, which has resolved the caller.
 */
final class WriteMarkFilter extends OncePerRequestFilter {

    private final RecentWriters writers;

    WriteMarkFilter(RecentWriters writers) {
        this.writers = writers;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String m = request.getMethod();
        return "GET".equals(m) || "HEAD".equals(m) || "OPTIONS".equals(m);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Long user = CurrentUser.id();
        if (user != null) {
            writers.mark(user);
        }
        try {
            chain.doFilter(request, response);
        } finally {
            if (user != null) {
                writers.mark(user);
            }
        }
    }

}
