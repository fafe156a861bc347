package app.dearme.quiz;

import app.dearme.persona.PersonaView;
import app.dearme.platform.ratelimit.RateLimitRule;
import app.dearme.platform.ratelimit.RateLimited;
import app.dearme.platform.security.AuthUser;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/quiz")
class QuizController {

    private final QuizService quiz;

    QuizController(QuizService quiz) {
        this.quiz = quiz;
    }

    @GetMapping("/questions")
    QuizDtos.Questions questions(AuthUser me) {
        return quiz.questions();
    }

    @RateLimited(RateLimitRule.AI_PER_USER)
    @PostMapping("/submit")
    @ResponseStatus(HttpStatus.CREATED)
    PersonaView submit(AuthUser me, @Valid @RequestBody QuizDtos.Submit body) {
        return quiz.submit(me.id(), body);
    }

    @GetMapping("/persona-level")
    QuizDtos.Level level(AuthUser me) {
        return quiz.level(me.id());
    }

    @RateLimited(RateLimitRule.AI_PER_USER)
    @PostMapping("/upgrade-persona")
    @ResponseStatus(HttpStatus.ACCEPTED)
    QuizDtos.Accepted upgrade(AuthUser me) {
        return new QuizDtos.Accepted(quiz.upgrade(me.id()));
    }
}
