package org.interchange.mapi.server;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.interchange.mapi.server.demo.DemoMailbox;
import org.interchange.mapi.server.http.MapiHttpServer;
import org.interchange.mapi.server.http.UserDirectory;
import org.interchange.mapi.server.store.H2MailboxStore;
import org.interchange.mapi.server.store.MailboxStore;

/**
 * A MAPI/HTTP server on loopback with one demo user whose mailbox is filled on first start and
 * reused afterwards ([MS-OXCMAPIHTTP] endpoint at {@link #emsmdbUri()}). The password is random
 * per start and never stored.
 */
public final class EmbeddedDemoServer implements AutoCloseable {
    private final MailboxStore store;
    private final MapiHttpServer server;
    private final String password;

    private EmbeddedDemoServer(MailboxStore store, MapiHttpServer server, String password) {
        this.store = store;
        this.server = server;
        this.password = password;
    }

    /** Opens (or creates) the store under {@code dataDir}, ensures the demo mailbox and starts on a free port. */
    public static EmbeddedDemoServer start(Path dataDir) {
        return start(dataDir, 0);
    }

    /** As {@link #start(Path)} on a given port (0 for a free one). */
    public static EmbeddedDemoServer start(Path dataDir, int port) {
        try {
            Files.createDirectories(dataDir);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create " + dataDir, e);
        }
        MailboxStore store = H2MailboxStore.open(dataDir);
        try {
            DemoMailbox.ensure(store, Instant.now());
            byte[] secret = new byte[18];
            new SecureRandom().nextBytes(secret);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
            MapiHttpServer server = MapiHttpServer.builder().store(store).port(port)
                    .userDirectory(UserDirectory.of(Map.of(DemoMailbox.USER, password))
                            .withAliases(Map.of(DemoMailbox.EMAIL_ADDRESS, DemoMailbox.USER)))
                    .build().start();
            return new EmbeddedDemoServer(store, server, password);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** The EMSMDB endpoint URL, e.g. {@code http://127.0.0.1:41234/mapi/emsmdb}. */
    public URI emsmdbUri() {
        return server.emsmdbUri();
    }

    /** The server's base URL. */
    public URI baseUri() {
        return server.baseUri();
    }

    public String user() {
        return DemoMailbox.USER;
    }

    public String emailAddress() {
        return DemoMailbox.EMAIL_ADDRESS;
    }

    /** The demo user's password for this run. */
    public String password() {
        return password;
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            store.close();
        }
    }

    @Override
    public String toString() {
        return "EmbeddedDemoServer[" + emsmdbUri() + ", user=" + user() + "]";
    }
}
