package app.dearme.chat;

import app.dearme.ai.SafetyResult;
import java.io.IOException;

/**
 * The one output port of a chat turn: {@link ChatTurns} tells it what happened, in order, and the endpoint decides
 * how the client sees it — an SSE stream ({@link SseTurnOutput}) or one JSON response ({@link ReplyCollector}).
 * Writes throw {@link IOException} when the client has gone away.
 */
interface TurnOutput extends ReplyGenerator.Out {

    void userMessage(ChatDtos.Message message) throws IOException;

    void safety(SafetyResult safety) throws IOException;

    void done(ChatDtos.Message reply) throws IOException;

    /** The turn failed and has been undone (or kept with what was delivered); nothing more follows. */
    void failed() throws IOException;

    /** What of the reply has reached the client so far: a turn that delivered nothing is refunded when it ends early. */
    String delivered();
}
