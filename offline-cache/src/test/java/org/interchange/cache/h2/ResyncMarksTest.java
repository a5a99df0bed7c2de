package org.interchange.cache.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interchange.cache.h2.TestItems.ACCOUNT;
import static org.interchange.cache.h2.TestItems.T0;
import static org.interchange.cache.h2.TestItems.mail;
import static org.interchange.cache.h2.TestItems.mailFolder;

import java.nio.file.Path;
import java.util.List;
import org.interchange.cache.api.CachedFolder;
import org.interchange.cache.api.ItemSort;
import org.interchange.cache.api.ItemSummary;
import org.interchange.cache.spi.BackendFolder;
import org.interchange.cache.spi.ItemBatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ItemBatch#markUnconfirmed} and {@link ItemBatch#dropUnconfirmed}: a resync that keeps the folder's items. */
class ResyncMarksTest {

    @TempDir
    Path dir;

    @Test
    void aResyncKeepsTheItemsItBringsAgainAndThoseChangedLocallyAndDropsTheRest() {
        try (H2CacheStore store = H2CacheStore.open(dir)) {
            BackendFolder folder = TestItems.account(store, mailFolder("inbox", "Inbox")).folder("inbox");
            H2CacheStoreTest.commit(folder, b -> {
                b.upsert(mail("again", "Again", "x@example.org", T0, 1, false));
                b.upsert(mail("gone", "Gone", "x@example.org", T0, 1, false));
                b.upsert(mail("edited", "Edited", "x@example.org", T0, 1, false));
            });
            long again = id(store, "again");
            store.setRead(id(store, "edited"), true);

            H2CacheStoreTest.commit(folder, b -> {
                b.markUnconfirmed();
                b.setSyncCursor(new byte[0]);
            });
            H2CacheStoreTest.commit(folder, b -> b.upsert(mail("again", "Again, newer", "x@example.org", T0, 1,
                    true)));
            assertThat(ids(store)).containsExactlyInAnyOrder("again", "gone", "edited");
            H2CacheStoreTest.commit(folder, b -> {
                b.upsert(mail("new", "New", "x@example.org", T0, 1, false));
                b.dropUnconfirmed();
            });

            assertThat(ids(store)).containsExactlyInAnyOrder("again", "edited", "new");
            assertThat(id(store, "again")).isEqualTo(again);
            assertThat(store.item(again).orElseThrow().fields()).doesNotContainKey(ResyncMarks.FIELD);
            assertThat(store.item(id(store, "edited")).orElseThrow().fields()).doesNotContainKey(ResyncMarks.FIELD);
            CachedFolder inbox = store.folders(ACCOUNT).getFirst();
            assertThat(inbox.totalCount()).isEqualTo(3);
            assertThat(inbox.unreadCount()).isEqualTo(1);
        }
    }

    private static List<String> ids(H2CacheStore store) {
        return store.items(store.folders(ACCOUNT).getFirst().id(), ItemSort.DATE_DESC, 0, 100).stream()
                .map(ItemSummary::serverId).toList();
    }

    private static long id(H2CacheStore store, String serverId) {
        return store.items(store.folders(ACCOUNT).getFirst().id(), ItemSort.DATE_DESC, 0, 100).stream()
                .filter(i -> i.serverId().equals(serverId)).findFirst().orElseThrow().id();
    }
}
