package app.dearme.chat;

/**
 * Daily chat-message allowance (SPEC §11). Seam for the subscription module's
 * {@code UsageLimits#consumeChatMessage}/{@code #refundChatMessage}; consume is atomic and throws 429.
 */
interface ChatQuota {

    void consume(long userId);

    void refund(long userId);
}
