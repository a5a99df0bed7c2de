package org.interchange.plugin.mapi.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.interchange.cache.api.CachedFolder;
import org.interchange.cache.api.DeleteMode;
import org.interchange.cache.api.ItemContent;
import org.interchange.cache.api.ItemSort;
import org.interchange.cache.api.ItemSummary;
import org.interchange.cache.api.OfflineState;
import org.interchange.cache.spi.BackendException;
import org.interchange.cache.spi.PendingOperation;
import org.interchange.cache.sync.SyncResult;
import org.interchange.mapi.codec.fxics.Xid;
import org.interchange.mapi.server.store.MessageRecord;
import org.interchange.mapi.server.store.SpecialFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Offline deletions and read states go up with RopSynchronizationImportDeletes and ImportReadStateChanges, many of
 * a folder on one collector, over real MAPI/HTTP into real H2 files: a deletion of a message the server no longer
 * has is done, and a replay after the client died mid-upload changes nothing more. An edit made after an offline
 * move goes by ImportMessageChange to the folder the move put the item in.
 */
class IcsDeleteReadUploadTest {
    private static final String ACCOUNT = "delete-account";

    @TempDir
    Path dir;
    ClientSync client;
    FaultServer server;

    @BeforeEach
    void start() {
        client = new ClientSync(dir, ACCOUNT);
        server = client.server();
    }

    @AfterEach
    void stop() {
        client.close();
    }

    @Test
    void deletionsAndReadStatesOfAFolderGoTogetherAndTheirReplayChangesNothingMore() throws BackendException {
        for (int i = 0; i < 8; i++) {
            server.addMessage(SpecialFolder.INBOX, false);
        }
        client.sync();
        CachedFolder inbox = client.folder("Inbox");
        List<ItemSummary> items = client.cache().items(inbox.id(), ItemSort.SUBJECT, 0, 20);
        for (ItemSummary item : items.subList(0, 4)) {
            client.cache().setRead(item.id(), true);
        }
        for (ItemSummary item : items.subList(4, 7)) {
            client.cache().delete(item.id(), DeleteMode.PERMANENTLY);
        }
        server.delete(SpecialFolder.INBOX, HexFormat.fromHexDigitsToLong(items.get(6).serverId()));
        List<PendingOperation> pending = client.pending();
        assertThat(pending).hasSize(7);

        client.backend().uploadTogether(client.loaded(pending.subList(0, 4)));
        client.backend().uploadTogether(client.loaded(pending.subList(4, 7)));
        client.restartClient();
        SyncResult result = client.sync();

        assertThat(result.uploaded()).isEqualTo(7);
        assertThat(result.uploadsFailed()).isZero();
        assertThat(result.conflicts()).isZero();
        assertThat(server.messages(SpecialFolder.INBOX)).hasSize(5)
                .extracting(m -> HexFormat.of().toHexDigits(m.mid()))
                .containsExactlyInAnyOrderElementsOf(Stream.concat(items.subList(0, 4).stream(),
                        items.subList(7, 8).stream()).map(ItemSummary::serverId).toList());
        assertThat(server.messages(SpecialFolder.INBOX).stream().filter(MessageRecord::isRead)).hasSize(4);
        assertThat(client.pending()).isEmpty();
        Convergence.assertCacheEqualsServer(client.cache(), ACCOUNT, server, "after the replay");
    }

    @Test
    void anEditAfterAMoveGoesByIcsToTheNewFolderAlsoAfterARestartMidUpload() throws BackendException {
        client.sync();
        CachedFolder tasks = client.folder("Tasks");
        client.cache().create(tasks.id(), ItemContent.task("Water the plants", Instant.parse("2026-12-01T09:00:00Z"),
                0, 0, "the ferns too"));
        client.sync();
        client.sync();
        CachedFolder trash = client.folder("Deleted Items");
        long task = client.cache().items(tasks.id(), ItemSort.SUBJECT, 0, 10).getFirst().id();
        long moved = client.cache().move(task, trash.id());
        client.cache().update(moved, ItemContent.task("Water the plants twice", Instant.parse("2026-12-01T09:00:00Z"),
                0, 0, "and the cactus"));
        PendingOperation move = client.pending().getFirst();
        assertThat(move.kind()).isEqualTo(PendingOperation.Kind.MOVE);

        client.backend().upload(move);
        client.restartClient();
        SyncResult result = client.sync();
        client.sync();

        assertThat(result.uploadsFailed()).isZero();
        assertThat(result.conflicts()).isZero();
        assertThat(server.messages(SpecialFolder.TASKS)).isEmpty();
        MessageRecord onServer = server.messages(SpecialFolder.DELETED_ITEMS).getFirst();
        assertThat(server.messages(SpecialFolder.DELETED_ITEMS)).hasSize(1);
        assertThat(onServer.properties()).anySatisfy(v -> assertThat(v.value()).isEqualTo("Water the plants twice"));
        assertThat(Xid.decode(onServer.state().version().changeKey()).namespaceGuid())
                .as("the edit's change key is the client's, so it went by ICS").isNotEqualTo(server.replicaGuid());
        assertThat(client.cache().items(tasks.id(), ItemSort.SUBJECT, 0, 10)).isEmpty();
        assertThat(client.cache().items(trash.id(), ItemSort.SUBJECT, 0, 10)).singleElement().satisfies(i -> {
            assertThat(i.subject()).isEqualTo("Water the plants twice");
            assertThat(i.serverId()).isEqualTo(HexFormat.of().toHexDigits(onServer.mid()));
            assertThat(i.state()).isEqualTo(OfflineState.SYNCED);
        });
        assertThat(client.pending()).isEmpty();
    }
}
