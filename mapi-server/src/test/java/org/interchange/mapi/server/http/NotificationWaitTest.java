package org.interchange.mapi.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.interchange.mapi.codec.http.DisconnectRequest;
import org.interchange.mapi.codec.http.MapiHttpResponse;
import org.interchange.mapi.codec.http.NotificationWaitRequest;
import org.interchange.mapi.codec.http.NotificationWaitResponse;
import org.interchange.mapi.server.store.H2MailboxStore;
import org.interchange.mapi.server.store.MailboxStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** NotificationWait is held with PENDING keep-alives and answered without events, [MS-OXCMAPIHTTP] 3.2.5.5. */
class NotificationWaitTest {
    @TempDir
    Path dir;

    @Test
    void heldUntilTimeoutThenAnsweredWithoutEvent() throws Exception {
        try (MailboxStore store = H2MailboxStore.open(dir);
                MapiHttpServer server = MapiHttpServer.builder().store(store).user("ann", "pw")
                        .pendingPeriod(Duration.ofMillis(40)).notificationWait(Duration.ofMillis(300)).build().start()) {
            MapiHttpTestClient client = new MapiHttpTestClient(server.emsmdbUri(), "ann", "pw");
            client.connect();

            MapiHttpResponse framed = MapiHttpResponse.decode(client.post("NotificationWait",
                    new NotificationWaitRequest(0, new byte[0]).encode()).body());

            assertThat(framed.responseCode()).hasValue(0);
            assertThat(framed.pendingCount()).isPositive();
            NotificationWaitResponse body = NotificationWaitResponse.decode(framed.body());
            assertThat(body.statusCode()).isZero();
            assertThat(body.eventPending()).isZero();
        }
    }

    @Test
    void disconnectReleasesAWaitingRequest() throws Exception {
        try (MailboxStore store = H2MailboxStore.open(dir);
                MapiHttpServer server = MapiHttpServer.builder().store(store).user("ann", "pw")
                        .notificationWait(Duration.ofMinutes(5)).build().start()) {
            MapiHttpTestClient client = new MapiHttpTestClient(server.emsmdbUri(), "ann", "pw");
            client.connect();
            CompletableFuture<HttpResponse<byte[]>> waiting = CompletableFuture.supplyAsync(() -> {
                try {
                    return client.post("NotificationWait", new NotificationWaitRequest(0, new byte[0]).encode());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(300);
            assertThat(waiting).isNotDone();

            client.post("Disconnect", new DisconnectRequest(new byte[0]).encode());

            HttpResponse<byte[]> released = waiting.get(20, TimeUnit.SECONDS);
            assertThat(MapiHttpResponse.decode(released.body()).responseCode()).hasValue(0);
        }
    }
}
