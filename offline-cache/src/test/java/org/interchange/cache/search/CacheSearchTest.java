package org.interchange.cache.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.interchange.cache.api.AccountInfo;
import org.interchange.cache.api.DeleteMode;
import org.interchange.cache.api.FolderKind;
import org.interchange.cache.api.ItemContent;
import org.interchange.cache.api.ItemFields;
import org.interchange.cache.api.ItemKind;
import org.interchange.cache.api.ItemSummary;
import org.interchange.cache.h2.H2CacheStore;
import org.interchange.cache.spi.BackendStorage;
import org.interchange.cache.spi.ItemBatch;
import org.interchange.cache.spi.RemoteFolder;
import org.interchange.cache.spi.RemoteItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code Cache.search} of the H2 cache: synced items, fields, local creations and deletions, across folders. */
class CacheSearchTest {
    @TempDir
    Path dir;

    @Test
    void findsSyncedAndLocalItemsOfEveryKindAndForgetsDeletedOnes() {
        try (H2CacheStore store = H2CacheStore.open(dir)) {
            store.saveAccount(new AccountInfo("a", "Work", "mapi", "https://mail.example.org", "alice"));
            BackendStorage storage = store.storage("a");
            storage.replaceFolders(List.of(new RemoteFolder("inbox", null, "Inbox", FolderKind.MAIL),
                    new RemoteFolder("cal", null, "Calendar", FolderKind.CALENDAR),
                    new RemoteFolder("contacts", null, "Contacts", FolderKind.CONTACTS)));
            Instant t = Instant.parse("2026-11-01T10:00:00Z");
            try (ItemBatch batch = storage.folder("inbox").beginBatch()) {
                batch.upsert(new RemoteItem("m1", "1", ItemKind.MAIL, "Quarterly budget", "Bob <bob@example.org>",
                        "Alice <alice@example.org>", t, null, 100, false, false, "Numbers inside", null, Map.of(),
                        List.of(), null));
                batch.upsert(new RemoteItem("m2", "1", ItemKind.MAIL, "Lunch", "Carol <carol@example.org>",
                        "Alice <alice@example.org>", t.plusSeconds(60), null, 100, false, false, null,
                        "<p>The <b>budget</b> for pizza</p>", Map.of(), List.of(), null));
                batch.commit();
            }
            try (ItemBatch batch = storage.folder("cal").beginBatch()) {
                batch.upsert(new RemoteItem("c1", "1", ItemKind.APPOINTMENT, "Review", "Bob", null, t.plusSeconds(120),
                        t.plusSeconds(3600), 100, true, false, null, null, Map.of(ItemFields.LOCATION, "Room Everest"),
                        List.of(), null));
                batch.commit();
            }
            long contactsId = store.folders("a").stream().filter(f -> f.kind() == FolderKind.CONTACTS).findFirst()
                    .orElseThrow().id();
            store.create(contactsId, ItemContent.contact("Ada Lovelace", "ada@engines.example", "Analytical Engines",
                    null, null, null, null));

            assertThat(store.search("budget", 10)).extracting(ItemSummary::subject)
                    .containsExactly("Lunch", "Quarterly budget");
            assertThat(store.search("everest", 10)).extracting(ItemSummary::subject).containsExactly("Review");
            assertThat(store.search("analytical", 10)).extracting(ItemSummary::subject).containsExactly("Ada Lovelace");
            assertThat(store.search("bob", 10)).extracting(ItemSummary::kind)
                    .containsExactly(ItemKind.APPOINTMENT, ItemKind.MAIL);

            long lunch = store.search("pizza", 10).getFirst().id();
            store.delete(lunch, DeleteMode.PERMANENTLY);
            assertThat(store.search("pizza", 10)).isEmpty();
            assertThat(store.search("", 10)).isEmpty();
        }
    }
}
