package app.dearme.chat;

import app.dearme.subscription.UsageLimits;
import org.springframework.stereotype.Component;

/** Daily chat-message allowance (SPEC §11): counted atomically before the AI call, refunded when it fails. */
@Component
class ChatQuota {

    private final UsageLimits limits;

    ChatQuota(UsageLimits limits) {
        this.limits = limits;
    }

    void consume(long userId) {
        limits.consumeChatMessage(userId);
    }

    void refund(long userId) {
        limits.refundChatMessage(userId);
    }
}
