package org.interchange.cache.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.interchange.cache.h2.TestItems.ACCOUNT;
import static org.interchange.cache.h2.TestItems.mail;
import static org.interchange.cache.h2.TestItems.mailFolder;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.interchange.cache.api.CacheListener;
import org.interchange.cache.api.CachedFolder;
import org.interchange.cache.api.ItemSort;
import org.interchange.cache.api.ItemSummary;
import org.interchange.cache.spi.BackendStorage;
import org.interchange.cache.spi.CommitGroup;
import org.interchange.cache.spi.ItemBatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batches of several folders sharing one transaction ({@link BackendStorage#groupCommits}). */
class CommitGroupTest {

    @TempDir
    Path dir;

    @Test
    void batchesOfSeveralFoldersWaitTogetherAndAreSeenOnlyOnceTheGroupCommits() {
        try (H2CacheStore store = H2CacheStore.open(dir)) {
            BackendStorage storage = TestItems.account(store, mailFolder("inbox", "Inbox"), mailFolder("sent", "Sent"));
            List<Long> changedFolders = listen(store);
            try (CommitGroup group = storage.groupCommits()) {
                H2CacheStoreTest.commit(storage.folder("inbox"), b -> {
                    b.upsert(mail("a", false));
                    b.setSyncCursor(bytes("inbox-1"));
                });
                H2CacheStoreTest.commit(storage.folder("sent"), b -> {
                    b.upsert(mail("b", true));
                    b.setSyncCursor(bytes("sent-1"));
                });

                assertThat(serverIds(store, "Inbox")).isEmpty();
                assertThat(changedFolders).isEmpty();
                assertThat(storage.folder("inbox").syncCursor()).contains(bytes("inbox-1"));
            }

            assertThat(serverIds(store, "Inbox")).containsExactly("a");
            assertThat(serverIds(store, "Sent")).containsExactly("b");
            assertThat(folder(store, "Inbox").unreadCount()).isEqualTo(1);
            assertThat(changedFolders).containsExactlyInAnyOrder(folder(store, "Inbox").id(), folder(store, "Sent").id());
            assertThat(store.storage(ACCOUNT).folder("sent").syncCursor()).contains(bytes("sent-1"));
        }
    }

    @Test
    void aBatchClosedUncommittedIsUndoneAloneAndTheOnesBeforeItStay() {
        try (H2CacheStore store = H2CacheStore.open(dir)) {
            BackendStorage storage = TestItems.account(store, mailFolder("inbox", "Inbox"), mailFolder("sent", "Sent"));
            try (CommitGroup group = storage.groupCommits()) {
                H2CacheStoreTest.commit(storage.folder("inbox"), b -> {
                    b.upsert(mail("kept", false));
                    b.setSyncCursor(bytes("inbox-1"));
                });
                try (ItemBatch failing = storage.folder("sent").beginBatch()) {
                    failing.upsert(mail("lost", false));
                    failing.setSyncCursor(bytes("sent-1"));
                }
            }

            assertThat(serverIds(store, "Inbox")).containsExactly("kept");
            assertThat(serverIds(store, "Sent")).isEmpty();
            assertThat(folder(store, "Sent").totalCount()).isZero();
            assertThat(store.storage(ACCOUNT).folder("sent").syncCursor()).isEmpty();
            assertThat(store.storage(ACCOUNT).folder("inbox").syncCursor()).contains(bytes("inbox-1"));
        }
    }

    @Test
    void commitWaitingCommitsOnlyOnceTheOldestWaitingBatchHasWaitedLongEnough() {
        try (H2CacheStore store = H2CacheStore.open(dir)) {
            BackendStorage storage = TestItems.account(store, mailFolder("inbox", "Inbox"));
            AtomicLong now = new AtomicLong(1_000);
            try (CommitGroup group = ((H2BackendStorage) storage).groupCommits(now::get)) {
                H2CacheStoreTest.commit(storage.folder("inbox"), b -> b.upsert(mail("first", false)));
                now.addAndGet(H2CommitGroup.MAX_WAIT_NANOS - 1);
                H2CacheStoreTest.commit(storage.folder("inbox"), b -> b.upsert(mail("second", false)));
                storage.commitWaiting();
                assertThat(serverIds(store, "Inbox")).isEmpty();

                now.addAndGet(1);
                storage.commitWaiting();
                assertThat(serverIds(store, "Inbox")).containsExactly("first", "second");

                H2CacheStoreTest.commit(storage.folder("inbox"), b -> b.upsert(mail("third", false)));
                storage.commitWaiting();
                assertThat(serverIds(store, "Inbox")).containsExactly("first", "second");
            }
            assertThat(serverIds(store, "Inbox")).containsExactly("first", "second", "third");
        }
    }

    @Test
    void enoughWaitingWritesCommitBeforeTheGroupEnds() {
        try (H2CacheStore store = H2CacheStore.open(dir)) {
            BackendStorage storage = TestItems.account(store, mailFolder("inbox", "Inbox"));
            try (CommitGroup group = ((H2BackendStorage) storage).groupCommits(() -> 0)) {
                H2CacheStoreTest.commit(storage.folder("inbox"), b -> {
                    for (int i = 0; i < H2CommitGroup.MAX_WAITING_WRITES; i++) {
                        b.upsert(mail("m" + i, true));
                    }
                });
                assertThat(folder(store, "Inbox").totalCount()).isEqualTo(H2CommitGroup.MAX_WAITING_WRITES);
            }
        }
    }

    @Test
    void aFolderResetInTheMiddleOfAGroupCommitsWhatWaitsFirst() {
        try (H2CacheStore store = H2CacheStore.open(dir)) {
            BackendStorage storage = TestItems.account(store, mailFolder("inbox", "Inbox"), mailFolder("sent", "Sent"));
            try (CommitGroup group = ((H2BackendStorage) storage).groupCommits(() -> 0)) {
                H2CacheStoreTest.commit(storage.folder("inbox"), b -> b.upsert(mail("kept", false)));
                H2CacheStoreTest.commit(storage.folder("sent"), b -> b.upsert(mail("reset", false)));
                storage.folder("sent").reset();

                assertThat(serverIds(store, "Inbox")).containsExactly("kept");
                assertThat(serverIds(store, "Sent")).isEmpty();
            }
        }
    }

    @Test
    void oneGroupAtATimeAndNoBatchAfterItClosed() {
        try (H2CacheStore store = H2CacheStore.open(dir)) {
            BackendStorage storage = TestItems.account(store, mailFolder("inbox", "Inbox"));
            CommitGroup group = storage.groupCommits();
            assertThatThrownBy(storage::groupCommits).isInstanceOf(IllegalStateException.class);
            group.close();

            H2CacheStoreTest.commit(storage.folder("inbox"), b -> b.upsert(mail("alone", false)));
            assertThat(serverIds(store, "Inbox")).containsExactly("alone");
            storage.groupCommits().close();
        }
    }

    private static List<Long> listen(H2CacheStore store) {
        List<Long> changed = new CopyOnWriteArrayList<>();
        store.addListener(new CacheListener() {
            @Override
            public void itemsChanged(long folderId) {
                changed.add(folderId);
            }
        });
        return changed;
    }

    private static CachedFolder folder(H2CacheStore store, String name) {
        return store.folders(ACCOUNT).stream().filter(f -> f.displayName().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> serverIds(H2CacheStore store, String folderName) {
        return store.items(folder(store, folderName).id(), ItemSort.SUBJECT, 0, 1_000).stream()
                .map(ItemSummary::serverId).toList();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
