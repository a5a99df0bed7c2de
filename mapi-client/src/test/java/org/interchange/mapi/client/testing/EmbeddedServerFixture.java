package org.interchange.mapi.client.testing;

import java.nio.file.Path;
import java.time.Duration;
import org.interchange.mapi.client.MapiSession;
import org.interchange.mapi.client.MapiSessionOptions;
import org.interchange.mapi.server.http.MapiHttpServer;
import org.interchange.mapi.server.store.H2MailboxStore;
import org.interchange.mapi.server.store.MailboxStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Base of the client's integration tests against the real MAPI/HTTP server ([MS-OXCMAPIHTTP]) on loopback:
 * before each test an H2 mailbox store in a fresh {@link TempDir}, filled by {@link #populate()}, and a server
 * on port 0 set up by {@link #configure}; after each test (after the subclass's own {@code @AfterEach}) the
 * server, then the store, is closed.
 */
public abstract class EmbeddedServerFixture {
    /** The password of {@code alice} in the default {@link #configure}. */
    protected static final String PASSWORD = "secret";

    @TempDir
    protected Path dir;
    protected MailboxStore store;
    protected MapiHttpServer server;

    @BeforeEach
    protected final void startEmbeddedServer() {
        store = H2MailboxStore.open(dir);
        populate();
        startServer();
    }

    @AfterEach
    protected final void stopEmbeddedServer() {
        server.close();
        store.close();
    }

    /** Creates the test's mailboxes and data in {@link #store} before the server starts; nothing by default. */
    protected void populate() {
    }

    /** The users and options of the server; {@code alice} with {@link #PASSWORD} unless overridden. */
    protected MapiHttpServer.Builder configure(MapiHttpServer.Builder builder) {
        return builder.user("alice", PASSWORD);
    }

    /** Closes the server and the store, then opens the same store files again and starts a new server. */
    protected void restartEmbeddedServer() {
        stopEmbeddedServer();
        store = H2MailboxStore.open(dir);
        startServer();
    }

    /** A session of {@code alice} on the EMSMDB endpoint, waiting at most 20 seconds for a response. */
    protected MapiSession connect() {
        return MapiSession.connect(server.emsmdbUri(), "alice", PASSWORD.toCharArray(),
                MapiSessionOptions.builder().readTimeout(Duration.ofSeconds(20)).build());
    }

    private void startServer() {
        server = configure(MapiHttpServer.builder().store(store)).build().start();
    }
}
