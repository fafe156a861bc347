package app.dearme.chat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** A streaming send written by hand on a plain socket, so a test can read as little as it likes and hang up. */
final class RawStreamSend {

    private RawStreamSend() {
    }

    /** Opens a connection and sends {@code POST /api/v1/chats/{chat}/messages/stream} with {@code json} as body. */
    static Socket open(int port, long chat, String token, String json) throws IOException {
        Socket socket = new Socket("127.0.0.1", port);
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        OutputStream out = socket.getOutputStream();
        out.write(("POST /api/v1/chats/" + chat + "/messages/stream HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/json\r\nAccept: text/event-stream\r\nAuthorization: Bearer " + token
                + "\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
        return socket;
    }
}
