package app.dearme.subscription;

import app.dearme.platform.security.AuthUser;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/subscriptions")
class SubscriptionController {

    private final SubscriptionService subscriptions;

    SubscriptionController(SubscriptionService subscriptions) {
        this.subscriptions = subscriptions;
    }

    @GetMapping("/plans")
    SubscriptionDtos.Plans plans() {
        return subscriptions.plans();
    }

    @GetMapping("/me")
    SubscriptionDtos.Subscription me(AuthUser me) {
        return subscriptions.me(me.id());
    }

    @GetMapping("/status")
    SubscriptionDtos.Status status(AuthUser me) {
        return subscriptions.status(me.id());
    }

    @GetMapping("/usage")
    SubscriptionDtos.Usage usage(AuthUser me) {
        return subscriptions.usage(me.id());
    }

    @PostMapping(value = "/upgrade", consumes = MediaType.APPLICATION_JSON_VALUE)
    SubscriptionDtos.Subscription upgrade(AuthUser me, @Valid @RequestBody SubscriptionDtos.Upgrade body) {
        return subscriptions.upgrade(me.id(), body.periodDays());
    }

    @PostMapping("/cancel")
    SubscriptionDtos.Subscription cancel(AuthUser me) {
        return subscriptions.cancel(me.id());
    }
}
