package app.dearme.chat;

import app.dearme.ai.SafetyResult;

/** The JSON endpoint's output: nothing reaches the client before the stored reply, and a failure is a 503 problem. */
final class ReplyCollector implements TurnOutput {

    private ChatDtos.Message reply;

    ChatDtos.Message reply() {
        return reply;
    }

    @Override
    public void userMessage(ChatDtos.Message message) {
    }

    @Override
    public void safety(SafetyResult safety) {
    }

    @Override
    public void chunk(String text) {
    }

    @Override
    public void keepAlive() {
    }

    @Override
    public boolean cancelled() {
        return false;
    }

    @Override
    public void done(ChatDtos.Message reply) {
        this.reply = reply;
    }

    @Override
    public void failed() {
        throw ChatTurns.aiUnavailable();
    }

    @Override
    public String delivered() {
        return "";
    }
}
