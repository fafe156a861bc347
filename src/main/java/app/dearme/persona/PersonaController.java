package app.dearme.persona;

import app.dearme.platform.ratelimit.RateLimitRule;
import app.dearme.platform.ratelimit.RateLimited;
import app.dearme.platform.security.AuthUser;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/personas")
class PersonaController {

    private final PersonaService personas;

    PersonaController(PersonaService personas) {
        this.personas = personas;
    }

    @GetMapping("/status")
    PersonaDtos.Status status(AuthUser me) {
        return personas.status(me.id());
    }

    @RateLimited(RateLimitRule.AI_PER_USER)
    @PostMapping("/generate")
    @ResponseStatus(HttpStatus.ACCEPTED)
    PersonaDtos.Accepted generate(AuthUser me) {
        return new PersonaDtos.Accepted(personas.generate(me.id()));
    }

    @RateLimited(RateLimitRule.AI_PER_USER)
    @PostMapping("/regenerate")
    @ResponseStatus(HttpStatus.ACCEPTED)
    PersonaDtos.Accepted regenerate(AuthUser me) {
        return new PersonaDtos.Accepted(personas.regenerate(me.id()));
    }

    @GetMapping("/me")
    PersonaView mine(AuthUser me) {
        return personas.mine(me.id());
    }

    @PutMapping("/me")
    PersonaView update(AuthUser me, @Valid @RequestBody PersonaDtos.Update body) {
        return personas.update(me.id(), body);
    }

    @PutMapping("/me/customize")
    PersonaView customize(AuthUser me, @Valid @RequestBody PersonaDtos.Customize body) {
        return personas.customize(me.id(), body);
    }

    @GetMapping("/{userId}")
    PersonaView ofFriend(AuthUser me, @PathVariable long userId) {
        return personas.ofFriend(me.id(), userId);
    }
}
