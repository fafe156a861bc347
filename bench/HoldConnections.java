import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Holds connections open against the app while bench/run.sh measures the mixed workload ("held" scenario): IDLE
 * keep-alive connections that send GET /health once every 15 s and otherwise sit idle, and STREAMS notification streams
 * (GET /api/v1/notifications/stream) read to the end. Not a load generator: it sends one request per connection.
 * Prints "ready idle=N streams=M failed=F" once all are open, then holds until killed.
 * Run: java bench/HoldConnections.java <host> <port> <idle> <streams> <usersFile>
 */
public class HoldConnections {

    public static void main(String[] args) throws Exception {
        String host = args[0];
        int port = Integer.parseInt(args[1]);
        int idle = Integer.parseInt(args[2]);
        int streams = Integer.parseInt(args[3]);
        List<String> tokens = Files.readAllLines(Path.of(args[4])).stream().map(l -> l.split(" ")[0]).toList();
        AtomicInteger open = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        Thread[] threads = new Thread[idle + streams];
        for (int i = 0; i < threads.length; i++) {
            boolean stream = i >= idle;
            String request = stream
                    ? "GET /api/v1/notifications/stream HTTP/1.1\r\nHost: " + host + "\r\nAccept: text/event-stream\r\n"
                      + "Authorization: Bearer " + tokens.get(i % tokens.size()) + "\r\n\r\n"
                    : "GET /health HTTP/1.1\r\nHost: " + host + "\r\n\r\n";
            threads[i] = Thread.ofVirtual().start(() -> hold(host, port, request, stream, open, failed));
            if (i % 100 == 99) {
                Thread.sleep(50); // a burst of thousands of SYNs at once only measures the backlog
            }
        }
        while (open.get() + failed.get() < threads.length) {
            Thread.sleep(100);
        }
        System.out.println("ready idle=" + idle + " streams=" + streams + " failed=" + failed.get());
        System.out.flush();
        for (Thread t : threads) {
            t.join();
        }
    }

    private static void hold(String host, int port, String request, boolean stream, AtomicInteger open,
                             AtomicInteger failed) {
        try (Socket s = new Socket(host, port)) {
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = s.getInputStream();
            byte[] buf = new byte[4096];
            int n = in.read(buf);
            String head = n > 0 ? new String(buf, 0, n, StandardCharsets.ISO_8859_1) : "";
            if (!head.startsWith("HTTP/1.1 200")) {
                failed.incrementAndGet();
                return;
            }
            open.incrementAndGet();
            if (stream) {
                while (in.read(buf) >= 0) {
                    // events until the server ends the stream
                }
                return;
            }
            // Tomcat closes a keep-alive connection idle for 20 s; one small request every 15 s keeps it held
            // (2,000 connections → ~130 req/s of /health, noted with the results)
            while (true) {
                Thread.sleep(15_000);
                out.write(request.getBytes(StandardCharsets.UTF_8));
                out.flush();
                if (in.read(buf) < 0) {
                    return;
                }
            }
        } catch (Exception e) {
            failed.incrementAndGet();
        }
    }
}
