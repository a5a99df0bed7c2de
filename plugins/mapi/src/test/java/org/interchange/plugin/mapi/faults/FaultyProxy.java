package org.interchange.plugin.mapi.faults;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP/1.1 proxy on loopback between a MAPI/HTTP client and a real server ([MS-OXCMAPIHTTP] 2.1:
 * one POST per request) that injects faults chosen by a seeded random: it cuts the connection before
 * forwarding or part-way through the response, delays, answers 500 or 503 itself, or replaces the
 * session cookies so the server finds the Session Context expired. Each request goes to the server on a
 * connection of its own with "Connection: close", so the response ends where the server closes.
 */
final class FaultyProxy implements AutoCloseable {

    /** What happens to one request. */
    enum Fault { NONE, CUT_REQUEST, CUT_RESPONSE, DELAY, ERROR_500, BUSY_503, EXPIRE_SESSION }

    private static final int MAX_HEAD = 64 * 1024;
    private static final int MAX_BODY = 16 * 1024 * 1024;

    private final ServerSocket listener;
    private final InetSocketAddress upstream;
    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
    private final AtomicInteger[] counts = new AtomicInteger[Fault.values().length];
    private volatile Random random = new Random(0);
    private volatile double faultRate;
    private volatile boolean down;
    private int forcedAt = -1;
    private int requests;

    FaultyProxy(URI server) throws IOException {
        this.upstream = new InetSocketAddress(server.getHost(), server.getPort());
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        for (int i = 0; i < counts.length; i++) {
            counts[i] = new AtomicInteger();
        }
        workers.submit(this::acceptLoop);
    }

    /** The server URL {@code serverUri} as seen through this proxy. */
    URI through(URI serverUri) {
        return URI.create("http://127.0.0.1:" + listener.getLocalPort() + serverUri.getRawPath());
    }

    /**
     * From now on each request meets a fault with probability {@code rate}, drawn from {@code seed}, and one
     * of the next {@code window} requests (chosen by the seed) meets one for sure; a window of 0 forces none.
     */
    void faults(long seed, double rate, int window) {
        Random r = new Random(seed);
        forcedAt = window == 0 ? -1 : r.nextInt(window);
        requests = 0;
        random = r;
        faultRate = rate;
    }

    /** How many requests met each fault, e.g. "NONE=812 CUT_REQUEST=14 …". */
    String counts() {
        StringBuilder sb = new StringBuilder();
        for (Fault f : Fault.values()) {
            sb.append(sb.isEmpty() ? "" : " ").append(f).append('=').append(count(f));
        }
        return sb.toString();
    }

    int count(Fault fault) {
        return counts[fault.ordinal()].get();
    }

    private Fault nextFault() {
        Random r = random;
        synchronized (r) {
            boolean forced = requests++ == forcedAt;
            if (!forced && r.nextDouble() >= faultRate) {
                return Fault.NONE;
            }
            Fault[] faults = Fault.values();
            return faults[1 + r.nextInt(faults.length - 1)];
        }
    }

    /** While down, every request and every new connection is cut at once, as when the network is gone. */
    void down(boolean isDown) {
        down = isDown;
    }

    private int nextInt(int bound) {
        Random r = random;
        synchronized (r) {
            return r.nextInt(bound);
        }
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                workers.submit(() -> serve(client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            InputStream in = client.getInputStream();
            OutputStream out = client.getOutputStream();
            while (true) {
                byte[] head = readHead(in);
                if (head == null) {
                    return;
                }
                String headText = new String(head, StandardCharsets.ISO_8859_1);
                byte[] body = in.readNBytes(contentLength(headText));
                Fault fault = down ? Fault.CUT_REQUEST : nextFault();
                counts[fault.ordinal()].incrementAndGet();
                switch (fault) {
                    case CUT_REQUEST -> {
                        return;
                    }
                    case ERROR_500 -> {
                        answer(out, "500 Internal Server Error", "");
                        return;
                    }
                    case BUSY_503 -> {
                        answer(out, "503 Service Unavailable", "Retry-After: 0\r\n");
                        return;
                    }
                    case DELAY -> Thread.sleep(5 + nextInt(60));
                    case EXPIRE_SESSION -> headText = headText.replaceAll("(?im)^Cookie:.*\\r\\n",
                            "Cookie: sid=expired-by-proxy; sequence=expired\r\n");
                    default -> {
                    }
                }
                if (!forward(headText, body, out, fault == Fault.CUT_RESPONSE)) {
                    return;
                }
            }
        } catch (IOException e) {
            // the client or the server went away; the connection ends
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Sends the request to the server and relays the response; false when the client connection must end. */
    private boolean forward(String head, byte[] body, OutputStream out, boolean cut) throws IOException {
        String closing = head.replaceAll("(?im)^Connection:.*\\r\\n", "");
        closing = closing.substring(0, closing.length() - 2) + "Connection: close\r\n\r\n";
        try (Socket server = new Socket()) {
            server.connect(upstream, 5000);
            OutputStream toServer = server.getOutputStream();
            toServer.write(closing.getBytes(StandardCharsets.ISO_8859_1));
            toServer.write(body);
            toServer.flush();
            InputStream fromServer = server.getInputStream();
            byte[] buffer = new byte[8192];
            long relayed = 0;
            long cutAt = cut ? nextInt(4096) : Long.MAX_VALUE;
            for (int n; (n = fromServer.read(buffer)) > 0; ) {
                int allowed = (int) Math.min(n, cutAt - relayed);
                out.write(buffer, 0, allowed);
                relayed += allowed;
                if (relayed >= cutAt) {
                    out.flush();
                    return false;
                }
            }
            out.flush();
        }
        return false;
    }

    private static void answer(OutputStream out, String status, String extraHeaders) throws IOException {
        out.write(("HTTP/1.1 " + status + "\r\nContent-Length: 0\r\n" + extraHeaders + "Connection: close\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    /** The request line and headers up to the blank line, or null at the end of the stream. */
    private static byte[] readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                return null;
            }
            head.write(b);
            matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
            if (head.size() > MAX_HEAD) {
                throw new IOException("request head longer than " + MAX_HEAD + " bytes");
            }
        }
        return head.toByteArray();
    }

    private static int contentLength(String head) throws IOException {
        List<String> lines = new ArrayList<>(head.lines().toList());
        for (String line : lines) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                int length = Integer.parseInt(line.substring(15).strip());
                if (length < 0 || length > MAX_BODY) {
                    throw new IOException("request body of " + length + " bytes");
                }
                return length;
            }
        }
        return 0;
    }

    @Override
    public void close() throws IOException {
        listener.close();
        workers.shutdownNow();
    }
}
