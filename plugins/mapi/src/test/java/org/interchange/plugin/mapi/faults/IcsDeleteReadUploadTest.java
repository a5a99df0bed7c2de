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
import org.interchange.cache.api.ItemFields;
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
    void anEditAfterAMoveOfAMessageTheServerChangedMeanwhileBecomesAConflictCopyAndNothingIsLost() {
        client.sync();
        CachedFolder tasks = client.folder("Tasks");
        client.cache().create(tasks.id(), ItemContent.task("Feed the cat", Instant.parse("2026-12-01T09:00:00Z"),
                0, 0, "twice a day"));
        client.sync();
        client.sync();
        CachedFolder trash = client.folder("Deleted Items");
        ItemSummary task = client.cache().items(tasks.id(), ItemSort.SUBJECT, 0, 10).getFirst();
        long moved = client.cache().move(task.id(), trash.id());
        client.cache().update(moved, ItemContent.task("Feed the cat and the dog",
                Instant.parse("2026-12-01T09:00:00Z"), 0, 0, "twice a day"));
        server.retitle(SpecialFolder.TASKS, HexFormat.fromHexDigitsToLong(task.serverId()), "Feed the cat at noon");

        SyncResult result = client.sync();

        assertThat(result.uploadsFailed()).isZero();
        assertThat(result.conflicts()).as("the edit was made on the version before the server's change").isEqualTo(1);
        assertThat(client.cache().items(trash.id(), ItemSort.SUBJECT, 0, 10))
                .filteredOn(i -> i.subject().equals("Feed the cat and the dog")).singleElement()
                .satisfies(copy -> assertThat(client.cache().item(copy.id()).orElseThrow().field(ItemFields.CONFLICT))
                        .isNotNull());
        client.sync();

        assertThat(server.messages(SpecialFolder.TASKS)).isEmpty();
        assertThat(server.messages(SpecialFolder.DELETED_ITEMS)).as("the server's version and the conflict copy")
                .hasSize(2);
        MessageRecord onServer = server.messages(SpecialFolder.DELETED_ITEMS).stream()
                .filter(m -> m.properties().stream().anyMatch(v -> "Feed the cat at noon".equals(v.value())))
                .findFirst().orElseThrow();
        assertThat(server.messages(SpecialFolder.DELETED_ITEMS)).filteredOn(m -> m.mid() != onServer.mid())
                .singleElement().satisfies(m -> assertThat(m.properties())
                        .anySatisfy(v -> assertThat(v.value()).isEqualTo("Feed the cat and the dog")));
        List<ItemSummary> inTrash = client.cache().items(trash.id(), ItemSort.SUBJECT, 0, 10);
        assertThat(inTrash).extracting(ItemSummary::subject)
                .containsExactlyInAnyOrder("Feed the cat at noon", "Feed the cat and the dog");
        assertThat(inTrash).filteredOn(i -> i.subject().equals("Feed the cat at noon")).singleElement()
                .satisfies(i -> assertThat(i.serverId()).isEqualTo(HexFormat.of().toHexDigits(onServer.mid())));
        assertThat(client.cache().items(tasks.id(), ItemSort.SUBJECT, 0, 10)).isEmpty();
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
