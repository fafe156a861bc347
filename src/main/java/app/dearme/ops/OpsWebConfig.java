package app.dearme.ops;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class OpsWebConfig implements WebMvcConfigurer {

    private final SeenTracker seen;

    OpsWebConfig(SeenTracker seen) {
        this.seen = seen;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(seen).addPathPatterns("/api/**");
    }
}
