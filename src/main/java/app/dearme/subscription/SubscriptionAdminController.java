package app.dearme.subscription;

import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Premium without payment where the self-service test upgrade is off (prod): an admin grants it. Everything under
 * /api/v1/admin requires the admin role (SecurityConfig); others get 403 problem+json.
 */
@RestController
@RequestMapping("/api/v1/admin/subscriptions")
class SubscriptionAdminController {

    private final SubscriptionService subscriptions;

    SubscriptionAdminController(SubscriptionService subscriptions) {
        this.subscriptions = subscriptions;
    }

    @PostMapping(value = "/grant", consumes = MediaType.APPLICATION_JSON_VALUE)
    SubscriptionDtos.Subscription grant(@Valid @RequestBody SubscriptionDtos.Grant body) {
        return subscriptions.grant(body.userId(), body.periodDays());
    }
}
