package org.interchange.cache.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.interchange.cache.api.AccountInfo;
import org.interchange.cache.api.CachedFolder;
import org.interchange.cache.api.DeleteMode;
import org.interchange.cache.api.FolderKind;
import org.interchange.cache.api.FolderRole;
import org.interchange.cache.api.ItemContent;
import org.interchange.cache.api.ItemFields;
import org.interchange.cache.api.ItemKind;
import org.interchange.cache.api.ItemSort;
import org.interchange.cache.api.ItemSummary;
import org.interchange.cache.api.MessageDraft;
import org.interchange.cache.api.OfflineState;
import org.interchange.cache.api.SyncListener;
import org.interchange.cache.h2.H2CacheStore;
import org.interchange.cache.spi.CancellationToken;
import org.interchange.cache.spi.RemoteFolder;
import org.interchange.cache.spi.RemoteItem;
import org.interchange.cache.sync.SyncResult.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sync engine's promises, against an in-memory server: resumable, self-healing, upload first, nothing lost. */
class EngineGuaranteesTest {

    static final String ACCOUNT = "acc-1";

    @TempDir
    Path dir;
    H2CacheStore store;
    FakeBackend server = new FakeBackend();

    @BeforeEach
    void open() {
        store = H2CacheStore.open(dir);
        store.saveAccount(new AccountInfo(ACCOUNT, "Work", "fake", null, "alice"));
        server.addFolder(new RemoteFolder("inbox", null, "Inbox", FolderKind.MAIL, FolderRole.INBOX));
        server.addFolder(new RemoteFolder("archive", null, "Archive", FolderKind.MAIL));
        server.addFolder(new RemoteFolder("deleted", null, "Deleted Items", FolderKind.MAIL, FolderRole.DELETED));
        server.addFolder(new RemoteFolder("outbox", null, "Outbox", FolderKind.MAIL, FolderRole.OUTBOX));
        server.addFolder(new RemoteFolder("contacts", null, "Contacts", FolderKind.CONTACTS));
        for (int i = 0; i < 10; i++) {
            put("inbox", mail("m" + i, i % 2 == 0));
        }
        put("contacts", contact("k1", "rev-1", "Ada Lovelace"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void anInterruptedDownloadResumesAfterItsLastBatchWithNoDuplicatesAndNoLosses() {
        server.batchSize = 3;
        server.batchesUntilOffline = 2;

        assertThat(sync().outcome()).isEqualTo(Outcome.OFFLINE);
        assertThat(folder("inbox").totalCount()).isEqualTo(6);

        assertThat(sync().outcome()).isEqualTo(Outcome.COMPLETED);
        assertThat(server.downloaded).isEqualTo(11);
        assertCacheEqualsServer();
    }

    @Test
    void aRejectedCursorEmptiesTheFolderAndSyncsItFromScratchKeepingLocalChanges() {
        sync();
        server.uploadsFail = true;
        store.setRead(item("inbox", "m1").id(), true);
        server.items.get("inbox").remove("m2");
        server.rejectCursor.add("inbox");
        int before = server.downloaded;

        SyncResult result = sync();

        assertThat(result.failedFolders()).isEmpty();
        assertThat(server.downloaded - before).isEqualTo(9);
        assertThat(ids("inbox")).hasSize(9).doesNotContain("m2");
        assertThat(item("inbox", "m1").read()).isTrue();
        assertThat(item("inbox", "m1").state()).isEqualTo(OfflineState.LOCALLY_MODIFIED);
        assertThat(folder("inbox").totalCount()).isEqualTo(9);
        assertThat(folder("inbox").unreadCount()).isEqualTo(4);

        server.uploadsFail = false;
        sync();
        assertCacheEqualsServer();
    }

    @Test
    void editsMadeOfflineAreReplayedOnReconnectAndTheCacheEndsEqualToTheServer() {
        sync();
        server.offline = true;
        store.setRead(item("inbox", "m1").id(), true);
        store.setFlagged(item("inbox", "m2").id(), true);
        store.delete(item("inbox", "m3").id(), DeleteMode.TO_DELETED_ITEMS);
        store.delete(item("inbox", "m4").id(), DeleteMode.PERMANENTLY);
        long moved = store.move(item("inbox", "m5").id(), folder("archive").id());
        store.setRead(moved, true);
        store.create(folder("contacts").id(), ItemContent.contact("Grace Hopper", "grace@example.org", null, null,
                null, null, null));
        store.update(item("contacts", "k1").id(), ItemContent.contact("Ada King", null, null, null, null, null, null));
        store.send(ACCOUNT, OptionalLong.empty(), new MessageDraft(List.of("bob@example.org"), List.of(), List.of(),
                "Hello", "Hi Bob", null, List.of()));
        assertThat(sync().outcome()).isEqualTo(Outcome.OFFLINE);
        assertThat(store.pendingOperations(ACCOUNT).pending()).extracting(op -> op.kind() + " " + op.itemServerId())
                .hasSize(9);

        server.offline = false;
        server.calls.clear();
        SyncResult result = sync();

        assertThat(result.outcome()).isEqualTo(Outcome.COMPLETED);
        assertThat(result.uploaded()).isEqualTo(9);
        assertThat(server.calls.subList(0, 9)).allMatch(call -> call.startsWith("upload"));
        assertThat(store.pendingOperations(ACCOUNT).pending()).isEmpty();
        assertThat(server.sent).singleElement().extracting(RemoteItem::subject).isEqualTo("Hello");
        assertThat(server.items.get("archive").values()).singleElement().satisfies(i -> assertThat(i.read()).isTrue());
        assertThat(server.items.get("contacts").values()).extracting(RemoteItem::subject)
                .containsExactlyInAnyOrder("Ada King", "Grace Hopper");
        assertCacheEqualsServer();
    }

    @Test
    void aConflictKeepsBothVersionsAndLosesNoLocalEdit() {
        sync();
        server.conflicting.add("k1");
        store.update(item("contacts", "k1").id(), ItemContent.contact("Ada King", null, null, null, null, null, null));
        put("contacts", contact("k1", "rev-2", "Countess Lovelace"));

        SyncResult first = sync();

        assertThat(first.conflicts()).isEqualTo(1);
        assertThat(store.items(folder("contacts").id(), ItemSort.SUBJECT, 0, 10))
                .extracting(ItemSummary::subject).containsExactly("Ada King", "Countess Lovelace");
        server.conflicting.clear();
        sync();
        assertThat(server.items.get("contacts").values()).extracting(RemoteItem::subject)
                .containsExactlyInAnyOrder("Ada King", "Countess Lovelace");
        long copy = store.items(folder("contacts").id(), ItemSort.SUBJECT, 0, 10).getFirst().id();
        assertThat(store.item(copy).orElseThrow().field(ItemFields.CONFLICT)).isNotNull();
        assertCacheEqualsServer();
    }

    /** Every folder holds exactly the server's items, with the server's subjects, read and flag states. */
    private void assertCacheEqualsServer() {
        for (CachedFolder f : store.folders(ACCOUNT)) {
            Map<String, String> cached = new TreeMap<>();
            for (ItemSummary s : store.items(f.id(), ItemSort.DATE_DESC, 0, 1000)) {
                assertThat(s.state()).as("state of %s", s.serverId()).isEqualTo(OfflineState.SYNCED);
                cached.put(s.serverId(), s.subject() + "/" + s.read() + "/" + s.flagged());
            }
            Map<String, String> onServer = new TreeMap<>();
            server.items.getOrDefault(f.serverId(), Map.of()).values()
                    .forEach(i -> onServer.put(i.serverId(), i.subject() + "/" + i.read() + "/" + i.flagged()));
            assertThat(cached).as("folder %s", f.serverId()).isEqualTo(onServer);
            assertThat(f.totalCount()).isEqualTo(onServer.size());
        }
    }

    private SyncResult sync() {
        return new SyncEngine(store, ACCOUNT, server).run(SyncListener.NONE, new CancellationToken());
    }

    private void put(String folder, RemoteItem item) {
        server.items.get(folder).put(item.serverId(), item);
    }

    private CachedFolder folder(String serverId) {
        return store.folders(ACCOUNT).stream().filter(f -> f.serverId().equals(serverId)).findFirst().orElseThrow();
    }

    private List<String> ids(String folder) {
        return store.items(folder(folder).id(), ItemSort.DATE_DESC, 0, 1000).stream().map(ItemSummary::serverId)
                .toList();
    }

    private ItemSummary item(String folder, String serverId) {
        return store.items(folder(folder).id(), ItemSort.DATE_DESC, 0, 1000).stream()
                .filter(s -> s.serverId().equals(serverId)).findFirst().orElseThrow();
    }

    private static RemoteItem mail(String id, boolean read) {
        return new RemoteItem(id, "rev-1", ItemKind.MAIL, "Subject " + id, "s@example.org", null,
                Instant.parse("2026-01-01T10:00:00Z"), null, 10, read, false, "text", null, Map.of(), List.of(), null);
    }

    private static RemoteItem contact(String id, String revision, String name) {
        return new RemoteItem(id, revision, ItemKind.CONTACT, name, null, null, Instant.parse("2026-01-01T10:00:00Z"),
                null, 10, true, false, null, null, Map.of(), List.of(), null);
    }
}
