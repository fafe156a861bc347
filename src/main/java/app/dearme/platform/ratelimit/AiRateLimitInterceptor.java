package app.dearme.platform.ratelimit;

import app.dearme.platform.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Enforces {@link AiRateLimited} before argument binding, so even a request that later fails validation
 * counts: a client hammering an AI endpoint is throttled whatever it sends.
 */
@Configuration(proxyBeanMethods = false)
class AiRateLimitInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    private final RateLimiter limiter;

    AiRateLimitInterceptor(RateLimiter limiter) {
        this.limiter = limiter;
    }

    /** The bucket of one user's AI calls; shared by every AI endpoint. */
    static String key(long userId) {
        return "ai-user:" + userId;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Long user = CurrentUser.id();
        if (handler instanceof HandlerMethod m && m.hasMethodAnnotation(AiRateLimited.class) && user != null) {
            limiter.consume(key(user), limiter.config().aiPerUser());
        }
        return true;
    }
}
