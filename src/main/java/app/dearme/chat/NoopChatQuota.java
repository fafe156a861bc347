package app.dearme.chat;

import org.springframework.stereotype.Component;

/** TEMPORARY no-op until app.dearme.subscription.UsageLimits exists; the lead wires the real one here. */
@Component
class NoopChatQuota implements ChatQuota {

    @Override
    public void consume(long userId) {
    }

    @Override
    public void refund(long userId) {
    }
}
