package app.dearme.persona;

import static org.assertj.core.api.Assertions.assertThat;

import app.dearme.support.IntegrationTest;
import app.dearme.support.TestUsers;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Issue 18: a new persona is visible to accepted friends without any switch, and to nobody else. */
class PersonaVisibilityIT extends IntegrationTest {

    @Test
    void anAcceptedFriendCanChatWithANewPersonaWithoutAnySwitch() {
        PersonaFixtures fx = new PersonaFixtures(api, jdbc);
        TestUsers.User owner = users.aUser();
        TestUsers.User friend = users.aUser();
        TestUsers.User stranger = users.aUser();
        JsonNode persona = fx.generatedPersona(owner);
        assertThat(persona.get("is_public").asBoolean()).isTrue();
        long id = persona.get("id").asLong();

        api.post("/api/v1/chats", Map.of("persona_id", id)).auth(friend).expect(403);
        fx.befriend(owner, friend);
        long chat = api.post("/api/v1/chats", Map.of("persona_id", id)).auth(friend).expect(201).json().get("id").asLong();
        String reply = api.post("/api/v1/chats/" + chat + "/messages", Map.of("content", "요즘 뭐에 빠져 있어?"))
                .auth(friend).expect(201).json().get("content").asString();
        assertThat(reply).isNotBlank().doesNotContain("모르겠");
        api.post("/api/v1/chats", Map.of("persona_id", id)).auth(stranger).expect(403);

        // the owner can still hide it, and then the friend cannot start a new chat
        api.put("/api/v1/personas/me", Map.of("is_public", false)).auth(owner).expect(200);
        api.post("/api/v1/chats", Map.of("persona_id", id)).auth(friend).expect(403);
    }

    @Test
    void existingPersonasKeepTheirSettingOnlyTheDefaultChanged() {
        TestUsers.User u = users.aUser();
        jdbc.update("insert into personas (user_id, name, personality, is_public) values (?, 'old', 'warm', false)", u.id());
        assertThat(jdbc.queryForObject("select is_public from personas where user_id = ?", Boolean.class, u.id())).isFalse();
        assertThat(jdbc.queryForObject("select column_default from information_schema.columns where table_name = 'personas' "
                + "and column_name = 'is_public'", String.class)).isEqualTo("true");
    }
}
