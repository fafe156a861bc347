package app.dearme.persona;

import app.dearme.vocabulary.PersonaLevel;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

final class PersonaDtos {
    private PersonaDtos() {
    }

    /** SPEC §15 customization trait choices. */
    static final List<String> TRAIT_CHOICES = List.of("외향적", "내향적", "감성적", "이성적", "유머러스", "진지함",
            "따뜻함", "차가움", "낙관적", "현실적", "모험적", "신중함");

    record Status(int diaryCount, int requiredCount, boolean canGenerate, boolean hasPersona, PersonaLevel level,
                  JobRef job) {
    }

    record JobRef(long id, String status) {
    }

    record Accepted(long jobId) {
    }

    record Update(@Size(min = 1, max = 50) @Pattern(regexp = "(?s).*\\S.*", message = "비어 있을 수 없어요.") String name,
                  Boolean isPublic) {
    }

    record Customize(@Pattern(regexp = "formal|casual|cute", message = "formal, casual, cute 중 하나여야 해요.") String tone,
                     Boolean emoji,
                     @Size(max = 10) List<@NotNull String> traitsOverride,
                     @Size(max = 200) String greeting) {
    }
}
