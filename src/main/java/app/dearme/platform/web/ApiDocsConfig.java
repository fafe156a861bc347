package app.dearme.platform.web;

import app.dearme.platform.security.AuthUser;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.jackson.TypeNameResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at /v3/api-docs (Swagger UI at /docs). */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfig {

    /** The names given to DTO classes, kept so the customizers below can read the records behind the schemas. */
    private final ModuleQualifiedNames names = new ModuleQualifiedNames();

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

    /**
     * Schemas as the client sees them: snake_case properties (our JSON mapper's naming, which swagger-core's own
     * Jackson 2 mapper does not know) and unique names, because the web app's types are generated from this
     * document and nested DTOs share simple names across modules ({@code DiaryDtos.Page}, {@code FriendDtos.Page}).
     */
    @Bean
    ModelResolver snakeCaseModelResolver() {
        return new ModelResolver(Json.mapper().copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE),
                names);
    }

    /** {@code DiaryDtos.Page} → {@code DiaryPage}; {@code DiaryDtos.Diary} stays {@code Diary}. */
    static final class ModuleQualifiedNames extends TypeNameResolver {

        /**
         * Static: swagger-core's converter chain is global, so with several application contexts in one JVM (the test
         * suite) the resolver that names the classes may belong to another context's configuration.
         */
        static final Map<String, Class<?>> classes = new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        protected String getNameOfClass(Class<?> cls) {
            Class<?> outer = cls.getEnclosingClass();
            String name;
            if (outer == null) {
                name = super.getNameOfClass(cls);
            } else {
                String prefix = outer.getSimpleName().replaceFirst("Dtos$", "");
                name = cls.getSimpleName().startsWith(prefix) ? cls.getSimpleName() : prefix + cls.getSimpleName();
            }
            classes.put(name, cls);
            return name;
        }
    }

    /**
     * A boxed number or boolean in a DTO record is there to hold null ("not measured", "no limit"); values that are
     * always present are primitives. Documented as nullable, so the generated client types say {@code | null}.
     */
    @Bean
    OpenApiCustomizer boxedRecordValuesAreNullable() {
        return api -> {
            if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
                return;
            }
            api.getComponents().getSchemas().forEach((name, schema) -> {
                Class<?> type = ModuleQualifiedNames.classes.get(name);
                if (type == null || !type.isRecord() || schema.getProperties() == null) {
                    return;
                }
                for (java.lang.reflect.RecordComponent c : type.getRecordComponents()) {
                    Class<?> t = c.getType();
                    boolean boxed = t == Boolean.class || t == Integer.class || t == Long.class || t == Double.class
                            || t == Float.class || t == Short.class;
                    com.fasterxml.jackson.annotation.JsonProperty renamed =
                            c.getAccessor().getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
                    String wire = renamed != null && !renamed.value().isEmpty() ? renamed.value()
                            : app.dearme.platform.error.Problems.snake(c.getName());
                    Schema<?> property = (Schema<?>) schema.getProperties().get(wire);
                    if (boxed && property != null && property.get$ref() == null) {
                        java.util.Set<String> types = property.getTypes() == null ? new java.util.LinkedHashSet<>()
                                : new java.util.LinkedHashSet<>(property.getTypes());
                        if (types.isEmpty() && property.getType() != null) {
                            types.add(property.getType());
                        }
                        types.add("null");
                        property.setTypes(types);
                    }
                }
            });
        };
    }

    /**
     * Every property of a response schema is present on the wire (our mapper writes nulls too), so schemas reached
     * from a response list all their properties as required; request schemas keep Bean Validation's own list, since
     * a client may leave optional fields out.
     */
    @Bean
    OpenApiCustomizer responsePropertiesAreAlwaysPresent() {
        return api -> {
            Map<String, Schema> schemas = api.getComponents() == null ? null : api.getComponents().getSchemas();
            if (schemas == null || api.getPaths() == null) {
                return;
            }
            Deque<Schema<?>> todo = new ArrayDeque<>();
            api.getPaths().values().forEach(path -> path.readOperations().forEach(op -> {
                if (op.getResponses() != null) {
                    op.getResponses().values().forEach(r -> {
                        if (r.getContent() != null) {
                            r.getContent().values().forEach(mt -> push(todo, mt.getSchema()));
                        }
                    });
                }
            }));
            Set<String> seen = new HashSet<>();
            while (!todo.isEmpty()) {
                Schema<?> schema = todo.pop();
                if (schema.get$ref() != null) {
                    String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
                    Schema<?> target = schemas.get(name);
                    if (target != null && seen.add(name)) {
                        if (target.getProperties() != null) {
                            target.setRequired(new ArrayList<>(new java.util.TreeSet<>(target.getProperties().keySet())));
                        }
                        push(todo, target);
                    }
                    continue;
                }
                if (schema.getProperties() != null) {
                    schema.getProperties().values().forEach(p -> push(todo, p));
                }
                push(todo, schema.getItems());
                if (schema.getAdditionalProperties() instanceof Schema<?> extra) {
                    push(todo, extra);
                }
                for (var group : java.util.Arrays.asList(schema.getAllOf(), schema.getOneOf(), schema.getAnyOf())) {
                    if (group != null) {
                        group.forEach(g -> push(todo, g));
                    }
                }
            }
        };
    }

    private static void push(Deque<Schema<?>> todo, Schema<?> schema) {
        if (schema != null) {
            todo.push(schema);
        }
    }
}
