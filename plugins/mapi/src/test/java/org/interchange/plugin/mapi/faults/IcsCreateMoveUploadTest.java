package org.interchange.plugin.mapi.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HexFormat;
import org.interchange.cache.api.CachedFolder;
import org.interchange.cache.api.ItemContent;
import org.interchange.cache.api.ItemSort;
import org.interchange.cache.api.OfflineState;
import org.interchange.cache.spi.BackendException;
import org.interchange.cache.spi.PendingOperation;
import org.interchange.cache.spi.UploadResult;
import org.interchange.cache.sync.SyncResult;
import org.interchange.mapi.server.store.MessageRecord;
import org.interchange.mapi.server.store.SpecialFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Items created offline are uploaded with RopSynchronizationImportMessageChange and a client-chosen source key
 * over real MAPI/HTTP into real H2 files: when the client dies after the server stored the item but before the
 * cache recorded it, the replay of the creation finds that item, so the server and the cache end with one each;
 * moves go by RopSynchronizationImportMessageMove the same way and the moved message's new id reaches the cache.
 */
class IcsCreateMoveUploadTest {
    private static final String ACCOUNT = "create-account";

    @TempDir
    Path dir;
    ClientSync client;
    FaultServer server;

    @BeforeEach
    void start() {
        client = new ClientSync(dir, ACCOUNT);
        server = client.server();
        client.sync();
    }

    @AfterEach
    void stop() {
        client.close();
    }

    @Test
    void aCreationReplayedAfterACrashMakesOneItemOnTheServerAndInTheCache() throws BackendException {
        CachedFolder tasks = client.folder("Tasks");
        client.cache().create(tasks.id(), ItemContent.task("File the report", Instant.parse("2026-12-01T09:00:00Z"),
                0, 0, "before Friday"));
        PendingOperation create = client.onlyPending();
        assertThat(create.kind()).isEqualTo(PendingOperation.Kind.CREATE);

        UploadResult first = client.backend().upload(create);
        client.restartClient();
        UploadResult replay = client.backend().upload(client.onlyPending());
        SyncResult result = client.sync();

        assertThat(replay.itemServerId()).isEqualTo(first.itemServerId());
        assertThat(result.uploadsFailed()).isZero();
        MessageRecord onServer = server.messages(SpecialFolder.TASKS).getFirst();
        assertThat(server.messages(SpecialFolder.TASKS)).hasSize(1);
        assertThat(client.cache().items(tasks.id(), ItemSort.SUBJECT, 0, 10)).singleElement().satisfies(i -> {
            assertThat(i.subject()).isEqualTo("File the report");
            assertThat(i.serverId()).isEqualTo(HexFormat.of().toHexDigits(onServer.mid()));
            assertThat(i.state()).isEqualTo(OfflineState.SYNCED);
        });
        assertThat(client.pending()).isEmpty();
    }

    @Test
    void aCreationReplayedAfterTheServerChangedItConvergesOnTheServersVersion() throws BackendException {
        CachedFolder tasks = client.folder("Tasks");
        long local = client.cache().create(tasks.id(), ItemContent.task("Book the venue",
                Instant.parse("2026-12-03T09:00:00Z"), 0, 0, "for forty"));
        UploadResult first = client.backend().upload(client.onlyPending());
        long mid = HexFormat.fromHexDigitsToLong(first.itemServerId());
        server.retitle(SpecialFolder.TASKS, mid, "Book the bigger venue");
        client.restartClient();

        SyncResult result = client.sync();
        SyncResult again = client.sync();

        assertThat(result.uploadsFailed()).isZero();
        assertThat(again.uploaded()).isZero();
        assertThat(server.messages(SpecialFolder.TASKS)).singleElement().extracting(MessageRecord::mid).isEqualTo(mid);
        assertThat(client.cache().items(tasks.id(), ItemSort.SUBJECT, 0, 10)).singleElement().satisfies(i -> {
            assertThat(i.id()).isEqualTo(local);
            assertThat(i.subject()).isEqualTo("Book the bigger venue");
            assertThat(i.serverId()).isEqualTo(first.itemServerId());
            assertThat(i.state()).isEqualTo(OfflineState.SYNCED);
        });
        assertThat(client.pending()).isEmpty();
    }

    @Test
    void everyKindOfItemCreatedOfflineIsUploadedOnce() {
        client.cache().create(client.folder("Contacts").id(), ItemContent.contact("Ada Lovelace", "ada@example.org",
                "Engines", null, null, null, null));
        client.cache().create(client.folder("Calendar").id(), ItemContent.appointment("Review",
                Instant.parse("2026-12-02T10:00:00Z"), Instant.parse("2026-12-02T11:00:00Z"), "Room 1", false, null));
        client.cache().create(client.folder("Notes").id(), ItemContent.note("remember the milk", 1));

        SyncResult result = client.sync();
        client.sync();

        assertThat(result.uploadsFailed()).isZero();
        assertThat(server.messages(SpecialFolder.CONTACTS)).hasSize(1);
        assertThat(server.messages(SpecialFolder.CALENDAR)).hasSize(1);
        assertThat(server.messages(SpecialFolder.NOTES)).hasSize(1);
        for (String name : new String[] {"Contacts", "Calendar", "Notes"}) {
            assertThat(client.cache().items(client.folder(name).id(), ItemSort.SUBJECT, 0, 10)).singleElement()
                    .satisfies(i -> assertThat(i.state()).isEqualTo(OfflineState.SYNCED));
        }
    }

    @Test
    void aMoveReplayedAfterACrashKeepsTheMessageAndItsNewIdReachesTheCache() throws BackendException {
        server.addMessage(SpecialFolder.INBOX, false);
        client.sync();
        CachedFolder inbox = client.folder("Inbox");
        CachedFolder drafts = client.folder("Drafts");
        long item = client.cache().items(inbox.id(), ItemSort.SUBJECT, 0, 10).getFirst().id();
        client.cache().move(item, drafts.id());
        PendingOperation move = client.onlyPending();

        UploadResult first = client.backend().upload(move);
        client.restartClient();
        UploadResult replay = client.backend().upload(client.onlyPending());
        SyncResult result = client.sync();

        assertThat(replay).isEqualTo(first);
        assertThat(result.uploadsFailed()).isZero();
        assertThat(server.messages(SpecialFolder.INBOX)).isEmpty();
        MessageRecord moved = server.messages(SpecialFolder.DRAFTS).getFirst();
        assertThat(server.messages(SpecialFolder.DRAFTS)).hasSize(1);
        assertThat(first.itemServerId()).isEqualTo(HexFormat.of().toHexDigits(moved.mid()));
        assertThat(client.cache().items(inbox.id(), ItemSort.SUBJECT, 0, 10)).isEmpty();
        assertThat(client.cache().items(drafts.id(), ItemSort.SUBJECT, 0, 10)).singleElement().satisfies(i -> {
            assertThat(i.serverId()).isEqualTo(first.itemServerId());
            assertThat(i.state()).isEqualTo(OfflineState.SYNCED);
        });
    }
}
