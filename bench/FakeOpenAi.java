import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fake OpenAI-compatible upstream for load tests: every POST .../chat/completions streams
 * 30 content chunks, one every 100 ms (3 s in all), then a usage chunk and [DONE].
 * Run: java bench/FakeOpenAi.java <port> [chunks] [delayMs]
 */
public class FakeOpenAi {
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        int chunks = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        long delay = args.length > 2 ? Long.parseLong(args[2]) : 100;
        AtomicInteger open = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 4096);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", ex -> {
            ex.getRequestBody().readAllBytes();
            if (!ex.getRequestURI().getPath().endsWith("/chat/completions")) {
                ex.sendResponseHeaders(404, -1);
                ex.close();
                return;
            }
            open.incrementAndGet();
            ex.getResponseHeaders().set("Content-Type", "text/event-stream");
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < chunks; i++) {
                    String word = i == 0 ? "응, " : "그랬구나" + (i % 3 == 0 ? ". " : " ");
                    write(out, "{\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\""
                            + word + "\"},\"finish_reason\":null}]}");
                    Thread.sleep(delay);
                }
                write(out, "{\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}");
                write(out, "{\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"choices\":[],\"usage\":{\"prompt_tokens\":300,\"completion_tokens\":60}}");
                out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (Exception e) {
                // client went away (cancelled upstream): that is what the app should do on disconnect
            } finally {
                open.decrementAndGet();
                ex.close();
            }
        });
        server.start();
        System.out.println("fake upstream on " + port + ", " + chunks + " chunks x " + delay + " ms");
    }

    private static void write(OutputStream out, String json) throws java.io.IOException {
        out.write(("data: " + json + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
