package app.dearme.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.dearme.support.IntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The web app's API types are generated from {@code frontend/openapi.json} (openapi-typescript, during the
 * frontend build). This test keeps that file equal to what the running service documents, so the client's
 * types cannot drift from the server: change an endpoint or a DTO and this fails until the snapshot is
 * refreshed with {@code -Ddearme.openapi.write=true} (and the build then regenerates the types).
 */
class OpenApiContractIT extends IntegrationTest {

    static final Path SNAPSHOT = Path.of("frontend", "openapi.json");

    private static final JsonMapper SORTED = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    @Test
    void theCommittedSnapshotIsWhatTheServiceDocuments() throws IOException {
        JsonNode live = api.get("/v3/api-docs").expect(200).json();
        // the server entry carries the random test port
        if (live instanceof tools.jackson.databind.node.ObjectNode o) {
            o.remove("servers");
        }
        String canonical = canonical(live);
        if (Boolean.getBoolean("dearme.openapi.write")) {
            Files.writeString(SNAPSHOT, canonical, StandardCharsets.UTF_8);
        }
        assertThat(SNAPSHOT).as("frontend/openapi.json (refresh with -Ddearme.openapi.write=true)").exists();
        assertThat(canonical(SORTED.readTree(Files.readString(SNAPSHOT))))
                .as("frontend/openapi.json differs from /v3/api-docs: refresh it with -Ddearme.openapi.write=true")
                .isEqualTo(canonical);
    }

    @Test
    void schemasUseTheWireNamesTheClientSees() {
        JsonNode schemas = api.get("/v3/api-docs").expect(200).json().get("components").get("schemas");
        // JSON is snake_case (SPEC §1); the generated client types must say so too
        assertThat(schemas.get("Diary").get("properties").has("diary_date")).isTrue();
        assertThat(schemas.get("Diary").get("properties").has("diaryDate")).isFalse();
    }

    private static String canonical(JsonNode node) {
        // a tree round trip through a sorting mapper: key order is not part of the contract
        Object plain = SORTED.treeToValue(node, Object.class);
        return SORTED.writeValueAsString(plain) + "\n";
    }
}
