package org.interchange.mapi.client.internal.http;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A loopback HTTP server answering canned, spec-shaped MAPI/HTTP responses ([MS-OXCMAPIHTTP] 2.2.2.2)
 * in the order they were queued, recording every request it received.
 */
public final class FakeMapiHttpServer implements AutoCloseable {

    /** What the server received. Header names are lower-cased. */
    public record Received(Map<String, List<String>> headers, byte[] body) {
        public String header(String name) {
            List<String> v = headers.get(name.toLowerCase());
            return v == null || v.isEmpty() ? null : v.getFirst();
        }
    }

    /** One canned answer. */
    @FunctionalInterface
    public interface Answer {
        void write(HttpExchange exchange) throws IOException, InterruptedException;
    }

    /** Computes the answer from the request, for fakes that model a server. */
    @FunctionalInterface
    public interface Responder {
        Answer answer(Received request);
    }

    private final HttpServer server;
    private final ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
    public final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile Responder fallback;

    public FakeMapiHttpServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/mapi/emsmdb", this::handle);
        server.start();
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/mapi/emsmdb/?MailboxId=test");
    }

    public FakeMapiHttpServer then(Answer answer) {
        answers.add(answer);
        return this;
    }

    /** Answers every request not covered by a queued answer. */
    public FakeMapiHttpServer otherwise(Responder responder) {
        fallback = responder;
        return this;
    }

    private void handle(HttpExchange exchange) throws IOException {
        Map<String, List<String>> headers = new java.util.TreeMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), List.copyOf(v)));
        Received request = new Received(headers, exchange.getRequestBody().readAllBytes());
        received.add(request);
        Answer answer = answers.poll();
        if (answer == null && fallback != null) {
            answer = fallback.answer(request);
        }
        try {
            if (answer == null) {
                exchange.sendResponseHeaders(500, -1);
            } else {
                answer.write(exchange);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            exchange.close();
        }
    }

    /** A 200 response framed as PROCESSING, {@code pending} PENDING lines, DONE, X-ResponseCode, body. */
    public static Answer framed(int responseCode, byte[] body, int pending, String... setCookies) {
        return exchange -> {
            Headers h = exchange.getResponseHeaders();
            h.add("Content-Type", "application/mapi-http");
            h.add("X-ResponseCode", "0");
            h.add("X-PendingPeriod", "15000");
            for (String c : setCookies) {
                h.add("Set-Cookie", c);
            }
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            out.write(ascii("PROCESSING\r\n"));
            out.flush();
            for (int i = 0; i < pending; i++) {
                Thread.sleep(20);
                out.write(ascii("PENDING\r\n"));
                out.flush();
            }
            out.write(ascii("DONE\r\nX-ResponseCode: " + responseCode + "\r\nX-ElapsedTime: 3\r\n"
                    + "X-StartTime: Sun, 29 Nov 2026 14:00:00 GMT\r\n\r\n"));
            out.write(body);
        };
    }

    /** A response with the given status, headers and raw body bytes. */
    public static Answer raw(int status, Map<String, String> headers, byte[] body) {
        return exchange -> {
            headers.forEach(exchange.getResponseHeaders()::add);
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                exchange.getResponseBody().write(body);
            }
        };
    }

    /** Sleeps before answering at all. */
    static Answer silentFor(long millis, Answer then) {
        return exchange -> {
            Thread.sleep(millis);
            then.write(exchange);
        };
    }

    /** Sends headers and PROCESSING, then stalls for {@code millis}. */
    static Answer stallAfterProcessing(long millis) {
        return exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/mapi-http");
            exchange.sendResponseHeaders(200, 0);
            exchange.getResponseBody().write(ascii("PROCESSING\r\n"));
            exchange.getResponseBody().flush();
            Thread.sleep(millis);
        };
    }

    public static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
