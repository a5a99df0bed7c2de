package org.interchange.cache.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interchange.cache.h2.TestItems.ACCOUNT;
import static org.interchange.cache.h2.TestItems.T0;
import static org.interchange.cache.h2.TestItems.mail;
import static org.interchange.cache.h2.TestItems.mailFolder;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.interchange.cache.api.CachedFolder;
import org.interchange.cache.api.ItemFields;
import org.interchange.cache.api.ItemKind;
import org.interchange.cache.api.ItemSort;
import org.interchange.cache.api.ItemSummary;
import org.interchange.cache.spi.BackendFolder;
import org.interchange.cache.spi.ItemBatch;
import org.interchange.cache.spi.PendingOperation;
import org.interchange.cache.spi.RemoteItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link org.interchange.cache.spi.ItemBatch#evictDeliveredBefore}: mail that aged out of a span leaves the cache. */
class DeliveredBeforeEvictionTest {
    private static final Instant CUTOFF = T0.minus(Duration.ofDays(30));
    private static final Instant OLD = T0.minus(Duration.ofDays(40));

    @TempDir
    Path dir;

    @Test
    void agedSyncedMailGoesWhileDraftsUndatedRecentAndLocallyChangedMailStay() {
        try (H2CacheStore store = H2CacheStore.open(dir)) {
            BackendFolder folder = filled(store);
            long edited = id(store, "old-edited");
            store.setRead(edited, true);

            Set<String> kept;
            try (ItemBatch batch = folder.beginBatch()) {
                kept = batch.evictDeliveredBefore(CUTOFF);
                batch.commit();
            }

            assertThat(kept).containsExactly("old-edited");
            assertThat(serverIds(store)).containsExactlyInAnyOrder("recent", "boundary", "draft", "undated",
                    "old-edited");
            CachedFolder inbox = inbox(store);
            assertThat(inbox.totalCount()).isEqualTo(5);
            assertThat(inbox.unreadCount()).isEqualTo(4);
            assertThat(store.pendingOperations(ACCOUNT).pending()).extracting(PendingOperation::itemServerId)
                    .containsExactly("old-edited");
        }
    }

    @Test
    void anEvictionNotCommittedLeavesEveryItem() {
        try (H2CacheStore store = H2CacheStore.open(dir)) {
            BackendFolder folder = filled(store);
            try (ItemBatch batch = folder.beginBatch()) {
                batch.evictDeliveredBefore(CUTOFF);
                batch.setSyncCursor(new byte[] {1});
            }

            assertThat(serverIds(store)).hasSize(7);
            assertThat(folder.syncCursor()).isEmpty();
            assertThat(inbox(store).totalCount()).isEqualTo(7);
        }
    }

    @Test
    void itemsUpsertedEarlierInTheBatchAreJudgedToo() {
        try (H2CacheStore store = H2CacheStore.open(dir)) {
            BackendFolder folder = TestItems.account(store, mailFolder("inbox", "Inbox")).folder("inbox");
            try (ItemBatch batch = folder.beginBatch()) {
                batch.upsert(mail("old", "Old", "x@example.org", OLD, 1, false));
                batch.upsert(mail("new", "New", "x@example.org", T0, 1, false));
                assertThat(batch.evictDeliveredBefore(CUTOFF)).isEmpty();
                batch.commit();
            }

            assertThat(serverIds(store)).containsExactly("new");
            assertThat(inbox(store).totalCount()).isEqualTo(1);
            assertThat(inbox(store).unreadCount()).isEqualTo(1);
        }
    }

    private static BackendFolder filled(H2CacheStore store) {
        BackendFolder folder = TestItems.account(store, mailFolder("inbox", "Inbox")).folder("inbox");
        H2CacheStoreTest.commit(folder, b -> {
            b.upsert(mail("recent", "Recent", "x@example.org", T0, 1, false));
            b.upsert(mail("boundary", "Boundary", "x@example.org", CUTOFF, 1, false));
            b.upsert(mail("old-read", "Old read", "x@example.org", OLD, 1, true));
            b.upsert(mail("old-unread", "Old unread", "x@example.org", OLD, 1, false));
            b.upsert(mail("old-edited", "Old edited", "x@example.org", OLD, 1, false));
            b.upsert(new RemoteItem("draft", "rev-1", ItemKind.MAIL, "Draft", null, null, OLD, null, 1, false, false,
                    null, null, Map.of(ItemFields.NOT_DELIVERED, "true"), List.of(), null));
            b.upsert(mail("undated", "Undated", "x@example.org", null, 1, false));
        });
        return folder;
    }

    private static CachedFolder inbox(H2CacheStore store) {
        return store.folders(ACCOUNT).getFirst();
    }

    private static List<String> serverIds(H2CacheStore store) {
        return store.items(inbox(store).id(), ItemSort.DATE_DESC, 0, 100).stream().map(ItemSummary::serverId).toList();
    }

    private static long id(H2CacheStore store, String serverId) {
        return store.items(inbox(store).id(), ItemSort.DATE_DESC, 0, 100).stream()
                .filter(i -> i.serverId().equals(serverId)).findFirst().orElseThrow().id();
    }
}
