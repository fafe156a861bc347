package app.dearme.support;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import javax.net.ServerSocketFactory;

/** Lets a test see the server side of a connection: bytes written and whether a write failed (peer gone). */
public final class CountingServerSocketFactory extends ServerSocketFactory {

    public final AtomicLong written = new AtomicLong();
    public final AtomicBoolean writeFailed = new AtomicBoolean();

    private final class CountingSocket extends Socket {
        private OutputStream out;

        @Override
        public synchronized OutputStream getOutputStream() throws IOException {
            if (out == null) {
                out = new FilterOutputStream(super.getOutputStream()) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        try {
                            out.write(b, off, len);
                            written.addAndGet(len);
                        } catch (IOException e) {
                            writeFailed.set(true);
                            throw e;
                        }
                    }

                    @Override
                    public void write(int b) throws IOException {
                        write(new byte[] {(byte) b}, 0, 1);
                    }
                };
            }
            return out;
        }
    }

    private final class CountingServerSocket extends ServerSocket {
        CountingServerSocket() throws IOException {
            super();
        }

        @Override
        public Socket accept() throws IOException {
            Socket s = new CountingSocket();
            implAccept(s);
            return s;
        }
    }

    @Override
    public ServerSocket createServerSocket() throws IOException {
        return new CountingServerSocket();
    }

    @Override
    public ServerSocket createServerSocket(int port) throws IOException {
        ServerSocket s = new CountingServerSocket();
        s.bind(new java.net.InetSocketAddress(port));
        return s;
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog) throws IOException {
        ServerSocket s = new CountingServerSocket();
        s.bind(new java.net.InetSocketAddress(port), backlog);
        return s;
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
        ServerSocket s = new CountingServerSocket();
        s.bind(new java.net.InetSocketAddress(address, port), backlog);
        return s;
    }
}
