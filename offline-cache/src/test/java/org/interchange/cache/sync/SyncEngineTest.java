package org.interchange.cache.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.interchange.cache.api.AccountInfo;
import org.interchange.cache.api.CachedFolder;
import org.interchange.cache.api.FolderKind;
import org.interchange.cache.api.ItemKind;
import org.interchange.cache.api.ItemSort;
import org.interchange.cache.api.ItemSummary;
import org.interchange.cache.api.OfflineState;
import org.interchange.cache.api.SyncListener;
import org.interchange.cache.h2.H2CacheStore;
import org.interchange.cache.spi.BackendException;
import org.interchange.cache.spi.CancellationToken;
import org.interchange.cache.spi.PendingOperation;
import org.interchange.cache.spi.RemoteFolder;
import org.interchange.cache.spi.RemoteItem;
import org.interchange.cache.sync.SyncResult.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncEngineTest {

    static final String ACCOUNT = "acc-1";

    @TempDir
    Path dir;
    H2CacheStore store;
    FakeBackend server = new FakeBackend();
    RecordingListener listener = new RecordingListener();

    @BeforeEach
    void open() {
        store = H2CacheStore.open(dir);
        store.saveAccount(new AccountInfo(ACCOUNT, "Work", "fake", "https://mail.example.org", "alice"));
        server.addFolder(mail("inbox", "Inbox"), item("a", false), item("b", false));
        server.addFolder(new RemoteFolder("tasks", null, "Tasks", FolderKind.TASKS));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void firstRunDownloadsFoldersItemsAndCursors() {
        SyncResult result = sync();

        assertThat(result).isEqualTo(new SyncResult(Outcome.COMPLETED, 0, 0, 0, List.of()));
        assertThat(store.folders(ACCOUNT)).extracting(CachedFolder::serverId, CachedFolder::totalCount,
                CachedFolder::unreadCount).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("inbox", 2, 2),
                        org.assertj.core.groups.Tuple.tuple("tasks", 0, 0));
        assertThat(store.storage(ACCOUNT).folder("inbox").syncCursor()).isPresent();
        assertThat(listener.events).containsExactly("started", "folder inbox", "progress inbox 2/2",
                "finished inbox", "folder tasks", "progress tasks 0/0", "finished tasks", "done null");
    }

    @Test
    void aLocalReadFlagIsUploadedFirstAndThenForgotten() {
        sync();
        store.setRead(summary("a").id(), true);
        server.calls.clear();

        SyncResult result = sync();

        assertThat(result.outcome()).isEqualTo(Outcome.COMPLETED);
        assertThat(result.uploaded()).isEqualTo(1);
        assertThat(server.calls).startsWith("upload SET_READ a=true", "folders");
        assertThat(server.uploaded).singleElement().satisfies(op -> {
            assertThat(op.folderServerId()).isEqualTo("inbox");
            assertThat(op.kind()).isEqualTo(PendingOperation.Kind.SET_READ);
        });
        assertThat(store.pendingOperations(ACCOUNT).pending()).isEmpty();
        assertThat(summary("a").read()).isTrue();
        assertThat(summary("a").state()).isEqualTo(OfflineState.SYNCED);
    }

    @Test
    void readStatesAndDeletionsOfAFolderGoTogetherButNotPastAnotherChangeOfTheSameItem() {
        server.addFolder(mail("archive", "Archive"), item("x", false), item("y", false));
        server.items.get("inbox").put("c", item("c", false));
        server.items.get("inbox").put("d", item("d", false));
        sync();
        store.setRead(summary("a").id(), true);
        store.setRead(summary("archive", "x").id(), true);
        store.setFlagged(summary("b").id(), true);
        store.setRead(summary("b").id(), true);
        store.setRead(summary("c").id(), true);
        store.delete(summary("d").id(), org.interchange.cache.api.DeleteMode.PERMANENTLY);
        store.setRead(summary("archive", "y").id(), true);
        server.calls.clear();

        SyncResult result = sync();

        assertThat(result.uploaded()).isEqualTo(7);
        assertThat(server.calls).startsWith("together SET_READ inbox [a, c]", "upload SET_READ a=true",
                "upload SET_READ c=true", "together SET_READ archive [x, y]", "upload SET_READ x=true",
                "upload SET_READ y=true", "upload SET_FLAGGED b=true", "upload SET_READ b=true",
                "upload DELETE d=null", "folders");
        assertThat(store.pendingOperations(ACCOUNT).pending()).isEmpty();
        assertThat(server.items.get("inbox")).doesNotContainKey("d");
        assertThat(server.items.get("inbox").get("b").read()).isTrue();
    }

    @Test
    void anOperationWaitsWhileAnEarlierOneOnTheSameItemFailed() {
        server.addFolder(mail("archive", "Archive"));
        sync();
        long moved = store.move(summary("a").id(), store.folders(ACCOUNT).stream()
                .filter(f -> f.serverId().equals("archive")).findFirst().orElseThrow().id());
        store.setRead(moved, true);
        store.setRead(summary("b").id(), true);
        server.failingKinds.add(PendingOperation.Kind.MOVE);
        server.calls.clear();

        SyncResult failed = sync();

        assertThat(failed.uploadsFailed()).isEqualTo(1);
        assertThat(server.calls).contains("upload MOVE a=archive", "upload SET_READ b=true")
                .doesNotContain("upload SET_READ a=true");
        assertThat(store.pendingOperations(ACCOUNT).pending()).extracting(PendingOperation::kind)
                .containsExactly(PendingOperation.Kind.MOVE, PendingOperation.Kind.SET_READ);

        server.failingKinds.clear();
        SyncResult retried = sync();

        assertThat(retried.uploaded()).isEqualTo(2);
        assertThat(store.pendingOperations(ACCOUNT).pending()).isEmpty();
        assertThat(server.items.get("archive").values()).singleElement()
                .satisfies(item -> assertThat(item.read()).isTrue());
    }

    @Test
    void aRefusedBatchIsSentAgainOneByOne() {
        sync();
        store.setRead(summary("a").id(), true);
        store.setRead(summary("b").id(), true);
        server.togetherFails = true;
        server.calls.clear();

        SyncResult result = sync();

        assertThat(result.uploaded()).isEqualTo(2);
        assertThat(result.uploadsFailed()).isZero();
        assertThat(server.calls).startsWith("together SET_READ inbox [a, b]", "upload SET_READ a=true",
                "upload SET_READ b=true", "folders");
        assertThat(summary("a").state()).isEqualTo(OfflineState.SYNCED);
        assertThat(summary("b").read()).isTrue();
    }

    @Test
    void aRejectedUploadStaysPendingAndTheLocalFlagWins() {
        sync();
        store.setRead(summary("a").id(), true);
        server.uploadsFail = true;

        SyncResult result = sync();

        assertThat(result.outcome()).isEqualTo(Outcome.COMPLETED_WITH_ERRORS);
        assertThat(result.uploadsFailed()).isEqualTo(1);
        assertThat(store.pendingOperations(ACCOUNT).pending()).hasSize(1);
        assertThat(summary("a").read()).isTrue();
        assertThat(summary("a").state()).isEqualTo(OfflineState.LOCALLY_MODIFIED);
        assertThat(listener.events).last().isEqualTo("done access denied");

        server.uploadsFail = false;
        assertThat(sync().outcome()).isEqualTo(Outcome.COMPLETED);
        assertThat(store.pendingOperations(ACCOUNT).pending()).isEmpty();
    }

    @Test
    void oneFailingFolderDoesNotStopTheOthers() {
        server.folders.addFirst(mail("broken", "Broken"));
        server.failingFolders.add("broken");

        SyncResult result = sync();

        assertThat(result.outcome()).isEqualTo(Outcome.COMPLETED_WITH_ERRORS);
        assertThat(result.failedFolders()).containsExactly("broken");
        assertThat(server.calls).contains("folder inbox", "folder broken", "folder tasks");
        assertThat(listener.events).contains("failed broken", "finished tasks");
        assertThat(store.folders(ACCOUNT).stream().filter(f -> f.serverId().equals("inbox")).findFirst()
                .orElseThrow().totalCount()).isEqualTo(2);
    }

    @Test
    void aFailedFolderListStillSyncsTheCachedFolders() {
        sync();
        server.folderListFails = true;
        server.calls.clear();

        SyncResult result = sync();

        assertThat(result.outcome()).isEqualTo(Outcome.COMPLETED_WITH_ERRORS);
        assertThat(result.failedFolders()).isEmpty();
        assertThat(server.calls).containsExactly("folders", "folder inbox", "folder tasks");
        assertThat(listener.events).last().isEqualTo("done folder hierarchy unavailable");
    }

    @Test
    void theInboxAndMailFoldersAreSyncedFirst() {
        server.folders.addFirst(new RemoteFolder("cal", null, "Calendar", FolderKind.CALENDAR));
        server.folders.addFirst(new RemoteFolder("notes", null, "Notes", FolderKind.NOTES));
        server.folders.add(mail("archive", "Archive"));
        server.folders.add(new RemoteFolder("contacts", null, "Contacts", FolderKind.CONTACTS));

        sync();

        assertThat(server.calls).containsExactly("folders", "folder inbox", "folder archive", "folder cal",
                "folder contacts", "folder tasks", "folder notes");
    }

    @Test
    void anUnreachableServerStopsTheRunAndKeepsTheChanges() {
        sync();
        store.setRead(summary("b").id(), true);
        server.offline = true;
        server.calls.clear();

        SyncResult result = sync();

        assertThat(result.outcome()).isEqualTo(Outcome.OFFLINE);
        assertThat(server.calls).containsExactly("upload SET_READ b=true");
        assertThat(store.pendingOperations(ACCOUNT).pending()).hasSize(1);
        assertThat(listener.events).last().isEqualTo("done connection refused");
    }

    @Test
    void losingTheServerDuringAFolderStopsTheRemainingFolders() {
        server.offlineFolders.add("inbox");

        SyncResult result = sync();

        assertThat(result.outcome()).isEqualTo(Outcome.OFFLINE);
        assertThat(server.calls).containsExactly("folders", "folder inbox");
        assertThat(listener.events).contains("failed inbox").last().isEqualTo("done connection lost");
    }

    @Test
    void cancellingStopsBeforeTheNextFolder() {
        CancellationToken cancel = new CancellationToken();
        SyncListener cancelling = new RecordingListener() {
            @Override
            public void folderFinished(String folderServerId) {
                super.folderFinished(folderServerId);
                cancel.cancel();
            }
        };

        SyncResult result = new SyncEngine(store, ACCOUNT, server).run(cancelling, cancel);

        assertThat(result.outcome()).isEqualTo(Outcome.CANCELLED);
        assertThat(server.calls).containsExactly("folders", "folder inbox");
        assertThat(((RecordingListener) cancelling).error).isInstanceOf(CancellationException.class);
    }

    @Test
    void aCancelledTokenUploadsNothing() {
        sync();
        store.setRead(summary("a").id(), true);
        server.calls.clear();
        CancellationToken cancel = new CancellationToken();
        cancel.cancel();

        SyncResult result = new SyncEngine(store, ACCOUNT, server).run(listener, cancel);

        assertThat(result.outcome()).isEqualTo(Outcome.CANCELLED);
        assertThat(server.calls).isEmpty();
        assertThat(store.pendingOperations(ACCOUNT).pending()).hasSize(1);
    }

    private SyncResult sync() {
        return new SyncEngine(store, ACCOUNT, server).run(listener, new CancellationToken());
    }

    private ItemSummary summary(String serverId) {
        return summary("inbox", serverId);
    }

    private ItemSummary summary(String folderServerId, String serverId) {
        long inbox = store.folders(ACCOUNT).stream().filter(f -> f.serverId().equals(folderServerId)).findFirst()
                .orElseThrow().id();
        return store.items(inbox, ItemSort.DATE_DESC, 0, 100).stream().filter(s -> s.serverId().equals(serverId))
                .findFirst().orElseThrow();
    }

    private static RemoteFolder mail(String serverId, String name) {
        return new RemoteFolder(serverId, null, name, FolderKind.MAIL);
    }

    private static RemoteItem item(String serverId, boolean read) {
        return new RemoteItem(serverId, "rev-1", ItemKind.MAIL, "Subject " + serverId, "s@example.org", null,
                Instant.parse("2026-01-01T10:00:00Z"), null, 10, read, false, "text", null, Map.of(), List.of(), null);
    }

    /** Writes what the engine reports as short strings. */
    static class RecordingListener implements SyncListener {
        final List<String> events = new ArrayList<>();
        Exception error;

        @Override
        public void syncStarted(String accountId) {
            events.add("started");
        }

        @Override
        public void folderStarted(String folderServerId, String displayName, int expectedItems) {
            events.add("folder " + folderServerId);
        }

        @Override
        public void folderProgress(String folderServerId, int itemsDone, int itemsTotal, long bytes) {
            events.add("progress " + folderServerId + " " + itemsDone + "/" + itemsTotal);
        }

        @Override
        public void folderFinished(String folderServerId) {
            events.add("finished " + folderServerId);
        }

        @Override
        public void folderFailed(String folderServerId, Exception e) {
            events.add("failed " + folderServerId);
        }

        @Override
        public void syncFinished(String accountId, Exception errorOrNull) {
            error = errorOrNull;
            events.add("done " + (errorOrNull == null ? null : errorOrNull.getMessage()));
        }
    }
}
