package org.interchange.mapi.client.write;

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
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A loopback HTTP/1.1 proxy in front of a MAPI/HTTP server that, once armed, lets the next Execute
 * reach the server, reads the server's whole response and then closes the client's connection
 * without a byte: the network failure after the server ran the ROPs. Every request goes on its
 * own connection ({@code Connection: close} is added), so requests are easy to tell apart.
 */
final class FakeDroppingProxy implements AutoCloseable {
    private final ServerSocket listener;
    private final InetSocketAddress target;
    private final AtomicBoolean armed = new AtomicBoolean();
    /** The X-RequestId of every Execute seen, in order; the dropped one is marked with a leading '!'. */
    final List<String> executes = new CopyOnWriteArrayList<>();

    FakeDroppingProxy(URI server) throws IOException {
        target = new InetSocketAddress(server.getHost(), server.getPort());
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(this::accept);
    }

    URI uri(URI serverUri) {
        return URI.create("http://127.0.0.1:" + listener.getLocalPort() + serverUri.getRawPath());
    }

    /** Drops the response of the next Execute. */
    void dropNextExecuteResponse() {
        armed.set(true);
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Thread.ofVirtual().start(() -> relay(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void relay(Socket client) {
        try (client; Socket server = new Socket(target.getAddress(), target.getPort())) {
            byte[] request = readRequest(client.getInputStream());
            if (request == null) {
                return;
            }
            String head = new String(request, StandardCharsets.ISO_8859_1);
            boolean execute = header(head, "x-requesttype").equalsIgnoreCase("Execute");
            boolean drop = execute && armed.compareAndSet(true, false);
            if (execute) {
                executes.add((drop ? "!" : "") + header(head, "x-requestid"));
            }
            int end = head.indexOf("\r\n\r\n");
            OutputStream toServer = server.getOutputStream();
            toServer.write(request, 0, end + 2);
            toServer.write("Connection: close\r\n".getBytes(StandardCharsets.ISO_8859_1));
            toServer.write(request, end + 2, request.length - end - 2);
            toServer.flush();
            InputStream fromServer = server.getInputStream();
            if (drop) {
                fromServer.readAllBytes(); // the server finishes its response; the client never sees it
                return;
            }
            fromServer.transferTo(client.getOutputStream());
        } catch (IOException e) {
            // a side went away: the test sees the outcome through the client
        }
    }

    /** Headers and Content-Length body of one request, or null when the client sent nothing. */
    private static byte[] readRequest(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        int b;
        while (matched < 4 && (b = in.read()) >= 0) {
            head.write(b);
            matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        if (matched < 4) {
            return null;
        }
        String text = head.toString(StandardCharsets.ISO_8859_1);
        String length = header(text, "content-length");
        head.write(in.readNBytes(length.isEmpty() ? 0 : Integer.parseInt(length.strip())));
        return head.toByteArray();
    }

    private static String header(String head, String name) {
        for (String line : head.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().toLowerCase(Locale.ROOT).equals(name)) {
                return line.substring(colon + 1).strip();
            }
        }
        return "";
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
