package app.dearme.platform.ratelimit;

import app.dearme.platform.security.ClientIp;
import app.dearme.platform.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Enforces {@link RateLimited} before argument binding: a client hammering an endpoint is throttled whatever it sends. */
@Configuration(proxyBeanMethods = false)
class RateLimitInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    private final RateLimiter limiter;
    private final ClientIp clientIp;

    RateLimitInterceptor(RateLimiter limiter, ClientIp clientIp) {
        this.limiter = limiter;
        this.clientIp = clientIp;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod m) || !m.hasMethodAnnotation(RateLimited.class)) {
            return true;
        }
        for (RateLimitRule rule : m.getMethodAnnotation(RateLimited.class).value()) {
            switch (rule.scope()) {
                case CLIENT_IP -> limiter.consume(rule, clientIp.of(request));
                case USER -> {
                    Long user = CurrentUser.id();
                    if (user != null) {
                        limiter.consume(rule, user);
                    }
                }
                case ACCOUNT -> throw new IllegalStateException(rule + " is keyed by the body: take it in the handler");
            }
        }
        return true;
    }
}
