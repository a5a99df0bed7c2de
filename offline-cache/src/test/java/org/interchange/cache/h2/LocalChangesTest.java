package org.interchange.cache.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interchange.cache.h2.H2CacheStoreTest.commit;
import static org.interchange.cache.h2.TestItems.ACCOUNT;
import static org.interchange.cache.h2.TestItems.mail;
import static org.interchange.cache.h2.TestItems.mailFolder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.interchange.cache.api.CacheListener;
import org.interchange.cache.api.CachedFolder;
import org.interchange.cache.api.ItemSort;
import org.interchange.cache.api.ItemSummary;
import org.interchange.cache.api.OfflineState;
import org.interchange.cache.spi.BackendStorage;
import org.interchange.cache.spi.ItemBatch;
import org.interchange.cache.spi.PendingOperation;
import org.interchange.cache.spi.PendingOperationLog;
import org.interchange.cache.spi.UploadResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalChangesTest {

    @TempDir
    Path dir;
    H2CacheStore store;
    BackendStorage storage;
    long inbox;

    @BeforeEach
    void fill() {
        store = H2CacheStore.open(dir);
        storage = TestItems.account(store, mailFolder("inbox", "Inbox"));
        commit(storage.folder("inbox"), b -> {
            b.upsert(mail("a", false));
            b.upsert(mail("b", false));
            b.upsert(mail("c", true));
        });
        inbox = store.folders(ACCOUNT).getFirst().id();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void setReadChangesTheItemAndTheCountsAndRecordsOnePendingOperation() {
        List<String> events = new ArrayList<>();
        store.addListener(new CacheListener() {
            @Override
            public void itemsChanged(long folderId) {
                events.add("items " + folderId);
            }
        });
        assertThat(folder().unreadCount()).isEqualTo(2);

        store.setRead(item("a").id(), true);

        assertThat(item("a").read()).isTrue();
        assertThat(item("a").state()).isEqualTo(OfflineState.LOCALLY_MODIFIED);
        assertThat(folder().unreadCount()).isEqualTo(1);
        assertThat(folder().totalCount()).isEqualTo(3);
        assertThat(log().pending()).singleElement().satisfies(op -> assertThat(op)
                .isEqualTo(new PendingOperation(op.id(), "inbox", "a", PendingOperation.Kind.SET_READ, "true")));
        assertThat(events).containsExactly("items " + inbox);
    }

    @Test
    void toggingAgainReplacesTheOlderOperationAndSettingTheSameValueDoesNothing() {
        store.setRead(item("a").id(), true);
        store.setRead(item("a").id(), false);
        store.setRead(item("c").id(), true);

        assertThat(log().pending()).singleElement().satisfies(op -> {
            assertThat(op.itemServerId()).isEqualTo("a");
            assertThat(op.value()).isEqualTo("false");
        });
        assertThat(folder().unreadCount()).isEqualTo(2);
        assertThat(item("c").state()).isEqualTo(OfflineState.SYNCED);
    }

    @Test
    void aServerUpdateKeepsTheLocalReadFlagUntilTheChangeIsUploaded() {
        store.setRead(item("a").id(), true);

        commit(storage.folder("inbox"), b -> b.upsert(mail("a", "Changed on server", "s@example.org",
                TestItems.T0, 1, false)));

        assertThat(item("a").subject()).isEqualTo("Changed on server");
        assertThat(item("a").read()).isTrue();
        assertThat(item("a").state()).isEqualTo(OfflineState.LOCALLY_MODIFIED);
        assertThat(folder().unreadCount()).isEqualTo(1);

        log().markDone(log().pending().getFirst().id(), UploadResult.DONE);
        assertThat(log().pending()).isEmpty();
        assertThat(item("a").state()).isEqualTo(OfflineState.SYNCED);

        commit(storage.folder("inbox"), b -> b.upsert(mail("a", false)));
        assertThat(item("a").read()).isFalse();
        assertThat(folder().unreadCount()).isEqualTo(2);
    }

    @Test
    void aFailedUploadKeepsTheOperation() {
        store.setRead(item("b").id(), true);
        long id = log().pending().getFirst().id();

        log().markFailed(id, "server said no");

        assertThat(log().pending()).extracting(PendingOperation::id).containsExactly(id);
        assertThat(item("b").state()).isEqualTo(OfflineState.LOCALLY_MODIFIED);
    }

    @Test
    void anItemDeletedOnTheServerTakesItsPendingOperationWithIt() {
        store.setRead(item("b").id(), true);

        commit(storage.folder("inbox"), b -> b.delete("b"));

        assertThat(log().pending()).isEmpty();
        assertThat(folder().totalCount()).isEqualTo(2);
        assertThat(folder().unreadCount()).isEqualTo(1);
    }

    @Test
    void aLocalChangeDuringAnOpenSyncBatchNeitherWaitsNorLosesCounts() throws Exception {
        long a = item("a").id();
        try (ItemBatch batch = storage.folder("inbox").beginBatch()) {
            batch.upsert(mail("d", false));
            batch.upsert(mail("c", false));

            CompletableFuture.runAsync(() -> store.setRead(a, true)).get(5, TimeUnit.SECONDS);

            batch.commit();
        }
        assertThat(folder().totalCount()).isEqualTo(4);
        assertThat(folder().unreadCount()).isEqualTo(3);
        assertThat(item("a").read()).isTrue();
    }

    @Test
    void maintainedCountsMatchTheRowsAfterMixedChanges() {
        store.setRead(item("a").id(), true);
        commit(storage.folder("inbox"), b -> {
            b.upsert(mail("d", false));
            b.upsert(mail("c", false));
            b.delete("b");
            b.upsert(mail("e", true));
        });
        store.setRead(item("e").id(), false);

        List<ItemSummary> all = store.items(inbox, ItemSort.DATE_DESC, 0, 100);
        assertThat(folder().totalCount()).isEqualTo(all.size()).isEqualTo(4);
        assertThat(folder().unreadCount()).isEqualTo((int) all.stream().filter(s -> !s.read()).count())
                .isEqualTo(3);
    }

    private PendingOperationLog log() {
        return store.pendingOperations(ACCOUNT);
    }

    private CachedFolder folder() {
        return store.folders(ACCOUNT).getFirst();
    }

    private ItemSummary item(String serverId) {
        return store.items(inbox, ItemSort.DATE_DESC, 0, 100).stream()
                .filter(s -> s.serverId().equals(serverId)).findFirst().orElseThrow();
    }
}
