package org.interchange.mapi.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.interchange.mapi.server.http.MapiHttpServer;
import org.interchange.mapi.server.store.H2MailboxStore;
import org.interchange.mapi.server.store.MailboxStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * NotificationWait, PING and Session Context renewal against the real server on loopback,
 * [MS-OXCMAPIHTTP] 2.2.4.4 and 3.2.5.6.
 */
class NotificationAndReconnectTest {
    @TempDir
    Path dir;
    MailboxStore store;
    MapiHttpServer server;

    @BeforeEach
    void start() {
        store = H2MailboxStore.open(dir);
        server = server(0, Duration.ofMinutes(30));
    }

    private MapiHttpServer server(int port, Duration sessionTimeout) {
        return MapiHttpServer.builder().store(store).user("ann", "pw").port(port)
                .pendingPeriod(Duration.ofMillis(50)).sessionTimeout(sessionTimeout)
                .notificationWait(Duration.ofMinutes(5)).build().start();
    }

    @AfterEach
    void stop() {
        server.close();
        store.close();
    }

    private MapiSession connect() {
        return MapiSession.connect(server.emsmdbUri(), "ann", "pw".toCharArray(), MapiSessionOptions.builder()
                .readTimeout(Duration.ofSeconds(5)).retryBackoff(Duration.ofMillis(50)).build());
    }

    @Test
    void awaitEventsReturnsWhenTheServerSignalsAnEvent() throws Exception {
        try (MapiSession session = connect()) {
            session.logon();
            CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(
                    () -> session.awaitEvents(Duration.ofSeconds(20)));
            Thread.sleep(300);
            assertThat(waiting).isNotDone();
            // the session stays usable while the wait is held
            assertThat(session.folderHierarchy()).isNotEmpty();

            server.signalNotification("ann");

            assertThat(waiting.get(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void awaitEventsGivesUpAtTheCallersDeadline() {
        try (MapiSession session = connect()) {
            long start = System.nanoTime();
            assertThat(session.awaitEvents(Duration.ofMillis(400))).isFalse();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void aSignalBeforeTheWaitIsNotLost() {
        try (MapiSession session = connect()) {
            server.signalNotification("ann");
            assertThat(session.awaitEvents(Duration.ofSeconds(5))).isTrue();
        }
    }

    @Test
    void closingTheSessionEndsTheWait() throws Exception {
        MapiSession session = connect();
        CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(
                () -> session.awaitEvents(Duration.ofSeconds(30)));
        Thread.sleep(200);
        session.close();
        assertThat(waiting.get(10, TimeUnit.SECONDS)).isFalse();
    }

    @Test
    void theWaitIsReArmedAfterTheServerWentAwayAndCameBack() throws Exception {
        try (MapiSession session = connect()) {
            session.logon();
            CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(
                    () -> session.awaitEvents(Duration.ofSeconds(30)));
            Thread.sleep(200);
            int port = server.port();
            server.close();
            Thread.sleep(300);
            assertThat(waiting).isNotDone();
            server = server(port, Duration.ofMinutes(30));
            // the new server knows no session: the waiter reconnects, then waits again
            for (int i = 0; i < 100 && !waiting.isDone(); i++) {
                server.signalNotification("ann");
                Thread.sleep(100);
            }
            assertThat(waiting.get(1, TimeUnit.SECONDS)).isTrue();
            assertThat(session.folderHierarchy()).isNotEmpty();
        }
    }

    @Test
    void anExpiredSessionContextIsReplacedTransparently() throws Exception {
        server.close();
        server = server(0, Duration.ofMillis(300));
        try (MapiSession session = connect()) {
            int folders = session.folderHierarchy().size();
            Thread.sleep(600);
            // the server now answers X-ResponseCode 10; the session reconnects and logs on again
            assertThat(session.folderHierarchy()).hasSize(folders);
            assertThat(session.displayName()).isNotEmpty();
        }
    }

    @Test
    void theAddressBookBindsAgainWhenItsSessionContextExpired() throws Exception {
        server.close();
        server = server(0, Duration.ofMillis(300));
        try (AddressBook book = AddressBook.connect(server.nspiUri(), "ann", "pw".toCharArray())) {
            assertThat(book.browse(0, 10).entries()).extracting(AddressBookEntry::displayName).contains("ann");
            Thread.sleep(600);
            assertThat(book.resolve("ann").status()).isEqualTo(NameResolution.Status.RESOLVED);
        }
    }

    @Test
    void pingAnswersAndFailsOnceTheServerIsGone() {
        try (MapiSession session = connect()) {
            session.ping();
            server.close();
            assertThatThrownBy(session::ping).isInstanceOf(MapiTransportException.class);
            server = server(0, Duration.ofMinutes(30));
        }
    }
}
