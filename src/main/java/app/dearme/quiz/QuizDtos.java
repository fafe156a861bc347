package app.dearme.quiz;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

final class QuizDtos {
    private QuizDtos() {
    }

    record Questions(List<QuestionView> questions) {
    }

    record QuestionView(int id, String text, List<OptionView> options) {
    }

    record OptionView(String id, String text) {
    }

    record Submit(@NotNull @Size(min = 5, max = 5, message = "답변은 정확히 5개여야 해요.") List<@NotNull @Valid Answer> answers) {
    }

    record Answer(@NotNull Integer questionId, @NotBlank @Size(max = 10) String optionId) {
    }

    record Level(String currentLevel, String levelName, int diaryCount, String nextLevel, int diariesNeeded,
                 int progressPercent) {
    }

    record Accepted(long jobId) {
    }
}
