package app.dearme.platform.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;

@Configuration(proxyBeanMethods = false)
class JsonConfig {

    /**
     * PostgreSQL text cannot hold NUL, so a NUL anywhere in a JSON string is rejected at parse time as a
     * field error (400) instead of failing later in the database.
     */
    @Bean
    SimpleModule rejectNulInStrings() {
        SimpleModule m = new SimpleModule("dearme-strings");
        m.addDeserializer(String.class, new StdScalarDeserializer<String>(String.class) {
            @Override
            public String deserialize(JsonParser p, DeserializationContext ctxt) {
                String s = StringDeserializer.instance.deserialize(p, ctxt);
                if (s != null && s.indexOf('\u0000') >= 0) {
                    return (String) ctxt.handleWeirdStringValue(String.class, s, "NUL characters are not allowed");
                }
                return s;
            }
        });
        return m;
    }
}
