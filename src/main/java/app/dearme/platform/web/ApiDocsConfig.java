package app.dearme.platform.web;

import app.dearme.platform.security.AuthUser;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at /v3/api-docs (Swagger UI at /docs). */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfig {

    static {
        // the caller comes from the bearer token (AuthUserArgumentResolver), not from a query parameter
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(AuthUser.class);
    }

    @Bean
    OpenAPI dearMeOpenApi() {
        return new OpenAPI()
                .info(new Info().title("DearMe API").version("v1")
                        .description("디어미: 일기, 페르소나, 대화, 마음 분석. JSON은 snake_case, 오류는 application/problem+json."))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
