package app.dearme.diary;

import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

final class TestApiJson {

    private TestApiJson() {
    }

    static Map<String, Long> toMap(JsonNode obj) {
        Map<String, Long> m = new TreeMap<>();
        obj.properties().forEach(e -> m.put(e.getKey(), e.getValue().asLong()));
        return m;
    }
}
