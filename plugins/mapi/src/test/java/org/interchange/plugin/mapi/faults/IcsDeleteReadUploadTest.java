package org.interchange.plugin.mapi.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.interchange.cache.api.AccountInfo;
import org.interchange.cache.api.CachedFolder;
import org.interchange.cache.api.DeleteMode;
import org.interchange.cache.api.ItemContent;
import org.interchange.cache.api.ItemSort;
import org.interchange.cache.api.ItemSummary;
import org.interchange.cache.api.OfflineState;
import org.interchange.cache.h2.H2CacheStore;
import org.interchange.cache.spi.Backend;
import org.interchange.cache.spi.BackendException;
import org.interchange.cache.spi.PendingOperation;
import org.interchange.cache.sync.SyncResult;
import org.interchange.mapi.codec.fxics.Xid;
import org.interchange.mapi.server.store.MessageRecord;
import org.interchange.mapi.server.store.SpecialFolder;
import org.interchange.plugin.mapi.ItemProperties;
import org.interchange.plugin.mapi.MapiBackendFactory;
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
    FaultServer server;
    H2CacheStore cache;
    Backend backend;

    @BeforeEach
    void start() {
        server = new FaultServer(dir.resolve("server"));
        server.registerNamedProperties(ItemProperties.NAMED);
        cache = H2CacheStore.open(dir.resolve("profile"));
        cache.saveAccount(new AccountInfo(ACCOUNT, "Deletes", MapiBackendFactory.TYPE,
                server.emsmdbUri().toString(), FaultServer.USER));
        backend = backend();
    }

    @AfterEach
    void stop() {
        backend.close();
        cache.close();
        server.close();
    }

    @Test
    void deletionsAndReadStatesOfAFolderGoTogetherAndTheirReplayChangesNothingMore() throws BackendException {
        for (int i = 0; i < 8; i++) {
            server.addMessage(SpecialFolder.INBOX, false);
        }
        sync();
        CachedFolder inbox = folder("Inbox");
        List<ItemSummary> items = cache.items(inbox.id(), ItemSort.SUBJECT, 0, 20);
        for (ItemSummary item : items.subList(0, 4)) {
            cache.setRead(item.id(), true);
        }
        for (ItemSummary item : items.subList(4, 7)) {
            cache.delete(item.id(), DeleteMode.PERMANENTLY);
        }
        server.delete(SpecialFolder.INBOX, HexFormat.fromHexDigitsToLong(items.get(6).serverId()));
        List<PendingOperation> pending = cache.pendingOperations(ACCOUNT).pending();
        assertThat(pending).hasSize(7);

        backend.uploadTogether(loaded(pending.subList(0, 4)));
        backend.uploadTogether(loaded(pending.subList(4, 7)));
        restartClient();
        SyncResult result = sync();

        assertThat(result.uploaded()).isEqualTo(7);
        assertThat(result.uploadsFailed()).isZero();
        assertThat(result.conflicts()).isZero();
        assertThat(server.messages(SpecialFolder.INBOX)).hasSize(5)
                .extracting(m -> HexFormat.of().toHexDigits(m.mid()))
                .containsExactlyInAnyOrderElementsOf(Stream.concat(items.subList(0, 4).stream(),
                        items.subList(7, 8).stream()).map(ItemSummary::serverId).toList());
        assertThat(server.messages(SpecialFolder.INBOX).stream().filter(MessageRecord::isRead)).hasSize(4);
        assertThat(cache.pendingOperations(ACCOUNT).pending()).isEmpty();
        Convergence.assertCacheEqualsServer(cache, ACCOUNT, server, "after the replay");
    }

    @Test
    void anEditAfterAMoveGoesByIcsToTheNewFolderAlsoAfterARestartMidUpload() throws BackendException {
        sync();
        CachedFolder tasks = folder("Tasks");
        cache.create(tasks.id(), ItemContent.task("Water the plants", Instant.parse("2026-12-01T09:00:00Z"), 0, 0,
                "the ferns too"));
        sync();
        sync();
        CachedFolder trash = folder("Deleted Items");
        long moved = cache.move(cache.items(tasks.id(), ItemSort.SUBJECT, 0, 10).getFirst().id(), trash.id());
        cache.update(moved, ItemContent.task("Water the plants twice", Instant.parse("2026-12-01T09:00:00Z"), 0, 0,
                "and the cactus"));
        PendingOperation move = cache.pendingOperations(ACCOUNT).pending().getFirst();
        assertThat(move.kind()).isEqualTo(PendingOperation.Kind.MOVE);

        backend.upload(move);
        restartClient();
        SyncResult result = sync();
        sync();

        assertThat(result.uploadsFailed()).isZero();
        assertThat(result.conflicts()).isZero();
        assertThat(server.messages(SpecialFolder.TASKS)).isEmpty();
        MessageRecord onServer = server.messages(SpecialFolder.DELETED_ITEMS).getFirst();
        assertThat(server.messages(SpecialFolder.DELETED_ITEMS)).hasSize(1);
        assertThat(onServer.properties()).anySatisfy(v -> assertThat(v.value()).isEqualTo("Water the plants twice"));
        assertThat(Xid.decode(onServer.state().version().changeKey()).namespaceGuid())
                .as("the edit's change key is the client's, so it went by ICS").isNotEqualTo(server.replicaGuid());
        assertThat(cache.items(tasks.id(), ItemSort.SUBJECT, 0, 10)).isEmpty();
        assertThat(cache.items(trash.id(), ItemSort.SUBJECT, 0, 10)).singleElement().satisfies(i -> {
            assertThat(i.subject()).isEqualTo("Water the plants twice");
            assertThat(i.serverId()).isEqualTo(HexFormat.of().toHexDigits(onServer.mid()));
            assertThat(i.state()).isEqualTo(OfflineState.SYNCED);
        });
        assertThat(cache.pendingOperations(ACCOUNT).pending()).isEmpty();
    }

    private List<PendingOperation> loaded(List<PendingOperation> listed) {
        return listed.stream().map(op -> cache.pendingOperations(ACCOUNT).load(op.id()).orElseThrow()).toList();
    }

    private CachedFolder folder(String name) {
        return cache.folders(ACCOUNT).stream().filter(f -> f.displayName().equals(name)).findFirst().orElseThrow();
    }

    /** Drops the client's session and cache handle as a killed client would and opens them again. */
    private void restartClient() {
        backend.close();
        cache.close();
        cache = H2CacheStore.open(dir.resolve("profile"));
        backend = backend();
    }

    private Backend backend() {
        return ClientSync.backend(ACCOUNT, server.emsmdbUri());
    }

    private SyncResult sync() {
        return ClientSync.run(cache, ACCOUNT, backend);
    }
}
