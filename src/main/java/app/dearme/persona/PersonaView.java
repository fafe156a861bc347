package app.dearme.persona;

import app.dearme.vocabulary.PersonaLevel;

import app.dearme.ai.SpeakingStyle;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** SPEC §6 Persona. {@code generatedFrom} is null in views for other users. */
public record PersonaView(long id, long userId, String name, String personality, List<String> traits,
                          List<String> interests, String speakingStyle, String summary, boolean isPublic,
                          PersonaCustomization customization, PersonaLevel level, GeneratedFrom generatedFrom,
                          OffsetDateTime createdAt, OffsetDateTime updatedAt, SpeakingStyle speakingStyleProfile)
        implements Serializable {

    /** {@code speakingStyle} is display prose; {@code speakingStyleProfile} the structured style chats use. */
    public PersonaView {
        speakingStyleProfile = speakingStyleProfile == null ? SpeakingStyle.PLAIN : speakingStyleProfile;
    }

    public PersonaView(long id, long userId, String name, String personality, List<String> traits,
                       List<String> interests, String speakingStyle, String summary, boolean isPublic,
                       PersonaCustomization customization, PersonaLevel level, GeneratedFrom generatedFrom,
                       OffsetDateTime createdAt, OffsetDateTime updatedAt) {
        this(id, userId, name, personality, traits, interests, speakingStyle, summary, isPublic, customization, level,
                generatedFrom, createdAt, updatedAt, null);
    }

    public record GeneratedFrom(int diaryCount, LocalDate untilDate) implements Serializable {
    }

    public PersonaLevel personaLevel() {
        return level;
    }

    /** What a friend may see: no generation details, no owner-only settings beyond what chats use. */
    PersonaView forFriend() {
        return new PersonaView(id, userId, name, personality, traits, interests, speakingStyle, summary, isPublic,
                customization, level, null, createdAt, updatedAt, speakingStyleProfile);
    }
}
