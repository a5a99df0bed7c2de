package org.interchange.mapi.server.mail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An LMTP listener (RFC 2033) on a TCP port, through which an MTA such as Postfix delivers mail
 * into mailboxes. Each connection runs on its own virtual thread; connections beyond the limit
 * are answered 421 and closed.
 */
public final class LmtpServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LmtpServer.class);

    private final ServerSocket socket;
    private final LmtpSession.Settings settings;
    private final MailDelivery delivery;
    private final ExecutorService connections = Executors.newVirtualThreadPerTaskExecutor();
    private final Semaphore slots;
    private final Thread acceptor;

    private LmtpServer(ServerSocket socket, LmtpSession.Settings settings, MailDelivery delivery, int maxConnections) {
        this.socket = socket;
        this.settings = settings;
        this.delivery = delivery;
        this.slots = new Semaphore(maxConnections);
        this.acceptor = Thread.ofPlatform().name("lmtp-accept").daemon().unstarted(this::acceptLoop);
    }

    /**
     * Listens on {@code host:port} (port 0 picks a free one) and delivers through {@code delivery}.
     *
     * @param hostName the name the server gives in its greeting
     * @param maxMessageBytes the largest message accepted (SIZE, RFC 1870)
     */
    public static LmtpServer start(String host, int port, String hostName, long maxMessageBytes,
            MailDelivery delivery) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.bind(new InetSocketAddress(InetAddress.getByName(host), port), 50);
        LmtpSession.Settings settings = new LmtpSession.Settings(Objects.requireNonNull(hostName),
                maxMessageBytes, 100, Duration.ofMinutes(5), Clock.systemUTC());
        LmtpServer server = new LmtpServer(socket, settings, delivery, 64);
        server.acceptor.start();
        LOG.info("LMTP listening on {}:{}", host, server.port());
        return server;
    }

    public int port() {
        return socket.getLocalPort();
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            Socket client;
            try {
                client = socket.accept();
            } catch (IOException e) {
                if (!socket.isClosed()) {
                    LOG.warn("LMTP accept failed: {}", e.getMessage());
                }
                continue;
            }
            if (!slots.tryAcquire()) {
                LmtpSession.refuseBusy(client, settings.hostName());
                continue;
            }
            connections.execute(() -> {
                try (client) {
                    new LmtpSession(client, settings, delivery).run();
                } catch (SocketException e) {
                    LOG.debug("LMTP connection from {} ended: {}", client.getRemoteSocketAddress(), e.getMessage());
                } catch (IOException | RuntimeException e) {
                    LOG.warn("LMTP connection from {} failed: {}", client.getRemoteSocketAddress(), e.toString());
                } finally {
                    slots.release();
                }
            });
        }
    }

    /** Stops accepting, lets running deliveries finish for up to ten seconds, then closes them. */
    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            LOG.debug("closing the LMTP socket: {}", e.getMessage());
        }
        connections.shutdown();
        try {
            if (!connections.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS)) {
                connections.shutdownNow();
            }
        } catch (InterruptedException e) {
            connections.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
