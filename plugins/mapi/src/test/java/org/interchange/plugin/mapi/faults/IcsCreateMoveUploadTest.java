package org.interchange.plugin.mapi.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HexFormat;
import org.interchange.cache.api.AccountInfo;
import org.interchange.cache.api.CachedFolder;
import org.interchange.cache.api.ItemContent;
import org.interchange.cache.api.ItemSort;
import org.interchange.cache.api.OfflineState;
import org.interchange.cache.h2.H2CacheStore;
import org.interchange.cache.spi.Backend;
import org.interchange.cache.spi.BackendException;
import org.interchange.cache.spi.PendingOperation;
import org.interchange.cache.spi.UploadResult;
import org.interchange.cache.sync.SyncResult;
import org.interchange.mapi.server.store.MessageRecord;
import org.interchange.mapi.server.store.SpecialFolder;
import org.interchange.plugin.mapi.ItemProperties;
import org.interchange.plugin.mapi.MapiBackendFactory;
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
    FaultServer server;
    H2CacheStore cache;
    Backend backend;

    @BeforeEach
    void start() {
        server = new FaultServer(dir.resolve("server"));
        server.registerNamedProperties(ItemProperties.NAMED);
        String url = server.emsmdbUri().toString();
        cache = H2CacheStore.open(dir.resolve("profile"));
        cache.saveAccount(new AccountInfo(ACCOUNT, "Creates", MapiBackendFactory.TYPE, url, FaultServer.USER));
        backend = backend();
        sync();
    }

    @AfterEach
    void stop() {
        backend.close();
        cache.close();
        server.close();
    }

    @Test
    void aCreationReplayedAfterACrashMakesOneItemOnTheServerAndInTheCache() throws BackendException {
        CachedFolder tasks = folder("Tasks");
        cache.create(tasks.id(), ItemContent.task("File the report", Instant.parse("2026-12-01T09:00:00Z"), 0, 0,
                "before Friday"));
        PendingOperation create = onlyPending();
        assertThat(create.kind()).isEqualTo(PendingOperation.Kind.CREATE);

        UploadResult first = backend.upload(create);
        restartClient();
        UploadResult replay = backend.upload(onlyPending());
        SyncResult result = sync();

        assertThat(replay.itemServerId()).isEqualTo(first.itemServerId());
        assertThat(result.uploadsFailed()).isZero();
        MessageRecord onServer = server.messages(SpecialFolder.TASKS).getFirst();
        assertThat(server.messages(SpecialFolder.TASKS)).hasSize(1);
        assertThat(cache.items(tasks.id(), ItemSort.SUBJECT, 0, 10)).singleElement().satisfies(i -> {
            assertThat(i.subject()).isEqualTo("File the report");
            assertThat(i.serverId()).isEqualTo(HexFormat.of().toHexDigits(onServer.mid()));
            assertThat(i.state()).isEqualTo(OfflineState.SYNCED);
        });
        assertThat(cache.pendingOperations(ACCOUNT).pending()).isEmpty();
    }

    @Test
    void aCreationReplayedAfterTheServerChangedItConvergesOnTheServersVersion() throws BackendException {
        CachedFolder tasks = folder("Tasks");
        long local = cache.create(tasks.id(), ItemContent.task("Book the venue", Instant.parse("2026-12-03T09:00:00Z"),
                0, 0, "for forty"));
        UploadResult first = backend.upload(onlyPending());
        long mid = HexFormat.fromHexDigitsToLong(first.itemServerId());
        server.retitle(SpecialFolder.TASKS, mid, "Book the bigger venue");
        restartClient();

        SyncResult result = sync();
        SyncResult again = sync();

        assertThat(result.uploadsFailed()).isZero();
        assertThat(again.uploaded()).isZero();
        assertThat(server.messages(SpecialFolder.TASKS)).singleElement().extracting(MessageRecord::mid).isEqualTo(mid);
        assertThat(cache.items(tasks.id(), ItemSort.SUBJECT, 0, 10)).singleElement().satisfies(i -> {
            assertThat(i.id()).isEqualTo(local);
            assertThat(i.subject()).isEqualTo("Book the bigger venue");
            assertThat(i.serverId()).isEqualTo(first.itemServerId());
            assertThat(i.state()).isEqualTo(OfflineState.SYNCED);
        });
        assertThat(cache.pendingOperations(ACCOUNT).pending()).isEmpty();
    }

    @Test
    void everyKindOfItemCreatedOfflineIsUploadedOnce() {
        cache.create(folder("Contacts").id(), ItemContent.contact("Ada Lovelace", "ada@example.org", "Engines", null,
                null, null, null));
        cache.create(folder("Calendar").id(), ItemContent.appointment("Review", Instant.parse("2026-12-02T10:00:00Z"),
                Instant.parse("2026-12-02T11:00:00Z"), "Room 1", false, null));
        cache.create(folder("Notes").id(), ItemContent.note("remember the milk", 1));

        SyncResult result = sync();
        sync();

        assertThat(result.uploadsFailed()).isZero();
        assertThat(server.messages(SpecialFolder.CONTACTS)).hasSize(1);
        assertThat(server.messages(SpecialFolder.CALENDAR)).hasSize(1);
        assertThat(server.messages(SpecialFolder.NOTES)).hasSize(1);
        for (String name : new String[] {"Contacts", "Calendar", "Notes"}) {
            assertThat(cache.items(folder(name).id(), ItemSort.SUBJECT, 0, 10)).singleElement()
                    .satisfies(i -> assertThat(i.state()).isEqualTo(OfflineState.SYNCED));
        }
    }

    @Test
    void aMoveReplayedAfterACrashKeepsTheMessageAndItsNewIdReachesTheCache() throws BackendException {
        server.addMessage(SpecialFolder.INBOX, false);
        sync();
        CachedFolder inbox = folder("Inbox");
        CachedFolder drafts = folder("Drafts");
        long item = cache.items(inbox.id(), ItemSort.SUBJECT, 0, 10).getFirst().id();
        cache.move(item, drafts.id());
        PendingOperation move = onlyPending();

        UploadResult first = backend.upload(move);
        restartClient();
        UploadResult replay = backend.upload(onlyPending());
        SyncResult result = sync();

        assertThat(replay).isEqualTo(first);
        assertThat(result.uploadsFailed()).isZero();
        assertThat(server.messages(SpecialFolder.INBOX)).isEmpty();
        MessageRecord moved = server.messages(SpecialFolder.DRAFTS).getFirst();
        assertThat(server.messages(SpecialFolder.DRAFTS)).hasSize(1);
        assertThat(first.itemServerId()).isEqualTo(HexFormat.of().toHexDigits(moved.mid()));
        assertThat(cache.items(inbox.id(), ItemSort.SUBJECT, 0, 10)).isEmpty();
        assertThat(cache.items(drafts.id(), ItemSort.SUBJECT, 0, 10)).singleElement().satisfies(i -> {
            assertThat(i.serverId()).isEqualTo(first.itemServerId());
            assertThat(i.state()).isEqualTo(OfflineState.SYNCED);
        });
    }

    private CachedFolder folder(String name) {
        return cache.folders(ACCOUNT).stream().filter(f -> f.displayName().equals(name)).findFirst().orElseThrow();
    }

    private PendingOperation onlyPending() {
        assertThat(cache.pendingOperations(ACCOUNT).pending()).hasSize(1);
        return cache.pendingOperations(ACCOUNT).load(cache.pendingOperations(ACCOUNT).pending().getFirst().id())
                .orElseThrow();
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
