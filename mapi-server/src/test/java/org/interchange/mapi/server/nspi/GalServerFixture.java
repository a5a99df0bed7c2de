package org.interchange.mapi.server.nspi;

import java.nio.file.Path;
import org.interchange.mapi.server.http.MapiHttpServer;
import org.interchange.mapi.server.store.H2MailboxStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Base of the NSPI endpoint tests ([MS-OXCMAPIHTTP] 2.2.5): one H2 store in a {@link TempDir} with the mailboxes
 * of alice, bob and alfred (password "pw") and one server on loopback for all the tests of a class.
 */
abstract class GalServerFixture {
    @TempDir
    static Path dir;
    static H2MailboxStore store;
    static MapiHttpServer server;

    @BeforeAll
    static void startGalServer() {
        store = H2MailboxStore.open(dir);
        store.createMailbox("alice", "Alice Liddell", "alice@example.org");
        store.createMailbox("bob", "Bob Builder", "bob@example.org");
        store.createMailbox("alfred", "Alfred Pennyworth", "alfred@example.org");
        server = MapiHttpServer.builder().store(store).user("alice", "pw").user("bob", "pw").user("alfred", "pw")
                .build().start();
    }

    @AfterAll
    static void stopGalServer() {
        server.close();
        store.close();
    }
}
