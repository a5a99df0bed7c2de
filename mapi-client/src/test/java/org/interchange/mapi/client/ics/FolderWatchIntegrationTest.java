package org.interchange.mapi.client.ics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.interchange.mapi.client.MapiSession;
import org.interchange.mapi.client.testing.EmbeddedServerFixture;
import org.interchange.mapi.client.write.MessageSpec;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.SpecialFolder;
import org.junit.jupiter.api.Test;

/** Push: a change made by one session wakes another session's NotificationWait and arrives as RopNotify. */
class FolderWatchIntegrationTest extends EmbeddedServerFixture {
    Mailbox box;

    @Override
    protected void populate() {
        box = store.createMailbox("alice", "Alice", "alice@example.org");
    }

    @Test
    void aMessageCreatedElsewhereIsPushedToTheWatchingSession() throws Exception {
        long inbox = box.folderId(SpecialFolder.INBOX);
        try (MapiSession watcher = connect(); MapiSession writer = connect();
             FolderWatch watch = watcher.watchFolder(inbox)) {
            CompletableFuture<Boolean> woke = CompletableFuture.supplyAsync(() -> watcher.awaitEvents(Duration.ofSeconds(10)));
            Thread.sleep(200);
            long mid = writer.writer().createMessage(inbox, MessageSpec.of(List.of(PropertyValue.of(PidTag.SUBJECT, "hi"))));
            long sent = System.nanoTime();

            assertThat(woke.get(10, TimeUnit.SECONDS)).isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - sent)).isLessThan(Duration.ofSeconds(1));
            assertThat(watch.poll()).contains(new ChangeNotification(ChangeNotification.OBJECT_CREATED, inbox, mid));
            assertThat(watch.poll()).isEmpty();
        }
    }
}
