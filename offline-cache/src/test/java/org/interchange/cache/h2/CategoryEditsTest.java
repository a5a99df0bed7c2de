package org.interchange.cache.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.interchange.cache.h2.H2CacheStoreTest.commit;
import static org.interchange.cache.h2.TestItems.ACCOUNT;
import static org.interchange.cache.h2.TestItems.mail;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.interchange.cache.api.CacheException;
import org.interchange.cache.api.CacheListener;
import org.interchange.cache.api.CachedFolder;
import org.interchange.cache.api.DeleteMode;
import org.interchange.cache.api.FolderKind;
import org.interchange.cache.api.ItemContent;
import org.interchange.cache.api.ItemFields;
import org.interchange.cache.api.ItemSort;
import org.interchange.cache.api.ItemSummary;
import org.interchange.cache.api.OfflineState;
import org.interchange.cache.spi.BackendStorage;
import org.interchange.cache.spi.PendingOperation;
import org.interchange.cache.spi.PendingOperationLog;
import org.interchange.cache.spi.RemoteFolder;
import org.interchange.cache.spi.RemoteItem;
import org.interchange.cache.spi.UploadResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Categories ([MS-OXCMSG] 2.2.1.17) set as a local edit and read for list rows. */
class CategoryEditsTest {

    @TempDir
    Path dir;
    H2CacheStore store;
    BackendStorage storage;

    @BeforeEach
    void fill() {
        store = H2CacheStore.open(dir.resolve("profile"));
        storage = TestItems.account(store, new RemoteFolder("inbox", null, "Inbox", FolderKind.MAIL),
                new RemoteFolder("tasks", null, "Tasks", FolderKind.TASKS));
        RemoteItem tagged = mail("b", true);
        commit(storage.folder("inbox"), b -> {
            b.upsert(mail("a", false));
            b.upsert(new RemoteItem("b", "rev-1", tagged.kind(), tagged.subject(), tagged.sender(), tagged.recipients(),
                    tagged.date(), null, tagged.size(), true, false, tagged.bodyText(), null,
                    Map.of(ItemFields.CATEGORIES, "Red category\nProject X"), List.of(), null));
        });
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void settingCategoriesOfAMessageRecordsAnUpdateCarryingThem() {
        long a = item("a").id();
        List<Long> changed = new CopyOnWriteArrayList<>();
        store.addListener(new CacheListener() {
            @Override
            public void itemsChanged(long folderId) {
                changed.add(folderId);
            }
        });

        store.setCategories(a, List.of(" Blue category ", "", "Project X", "blue CATEGORY"));

        assertThat(store.item(a).orElseThrow().field(ItemFields.CATEGORIES)).isEqualTo("Blue category\nProject X");
        assertThat(item("a").state()).isEqualTo(OfflineState.LOCALLY_MODIFIED);
        assertThat(changed).containsExactly(folder("inbox").id());
        PendingOperation op = log().load(log().pending().getFirst().id()).orElseThrow();
        assertThat(op.kind()).isEqualTo(PendingOperation.Kind.UPDATE);
        assertThat(op.itemServerId()).isEqualTo("a");
        assertThat(op.item().fields()).containsEntry(ItemFields.CATEGORIES, "Blue category\nProject X");
        assertThat(op.item().bodyText()).isEqualTo("Body of Subject a");

        store.setCategories(a, List.of("Green category"));
        assertThat(log().pending()).hasSize(1);
        assertThat(store.categories(List.of(a))).containsExactly(Map.entry(a, List.of("Green category")));

        log().markDone(log().pending().getFirst().id(), new UploadResult(null, "rev-2"));
        assertThat(item("a").state()).isEqualTo(OfflineState.SYNCED);
    }

    @Test
    void clearingWritesAnEmptyFieldSoTheServerClearsThem() {
        long b = item("b").id();
        store.setCategories(b, List.of());

        assertThat(store.item(b).orElseThrow().field(ItemFields.CATEGORIES)).isEmpty();
        assertThat(store.categories(List.of(b))).isEmpty();
        assertThat(log().load(log().pending().getFirst().id()).orElseThrow().item().fields())
                .containsEntry(ItemFields.CATEGORIES, "");
    }

    @Test
    void theSameCategoriesAgainChangeNothing() {
        long a = item("a").id();
        long b = item("b").id();
        store.setCategories(b, List.of("Red category", " Project X", "red category"));
        store.setCategories(a, List.of());

        assertThat(log().pending()).isEmpty();
        assertThat(item("b").state()).isEqualTo(OfflineState.SYNCED);
        assertThat(store.item(a).orElseThrow().fields()).doesNotContainKey(ItemFields.CATEGORIES);
    }

    @Test
    void categoriesAreReadForManyItemsAtOnce() {
        long a = item("a").id();
        long b = item("b").id();

        assertThat(store.categories(List.of(a, b, 999_999L)))
                .containsExactly(Map.entry(b, List.of("Red category", "Project X")));
        assertThat(store.categories(List.of())).isEmpty();
    }

    @Test
    void aLocallyMadeItemKeepsItsCreateWhichCarriesTheCategories() {
        long task = store.create(folder("tasks").id(), new ItemContent("Pay rent", "Before the 3rd", null,
                Instant.parse("2026-02-01T00:00:00Z"), null, Map.of()));
        store.setCategories(task, List.of("Errand"));

        assertThat(log().pending()).extracting(PendingOperation::kind).containsExactly(PendingOperation.Kind.CREATE);
        assertThat(log().load(log().pending().getFirst().id()).orElseThrow().item().fields())
                .containsEntry(ItemFields.CATEGORIES, "Errand");
        assertThat(store.item(task).orElseThrow().summary().state()).isEqualTo(OfflineState.LOCALLY_CREATED);
    }

    @Test
    void unknownOrDeletedItemsAndLineBreaksAreRefused() {
        assertThatThrownBy(() -> store.setCategories(999_999L, List.of("Red"))).isInstanceOf(CacheException.class)
                .hasMessageContaining("999999");
        long a = item("a").id();
        assertThatThrownBy(() -> store.setCategories(a, List.of("Red\nBlue")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line break");
        store.delete(a, DeleteMode.PERMANENTLY);
        assertThatThrownBy(() -> store.setCategories(a, List.of("Red"))).isInstanceOf(CacheException.class);
    }

    private PendingOperationLog log() {
        return store.pendingOperations(ACCOUNT);
    }

    private CachedFolder folder(String serverId) {
        return store.folders(ACCOUNT).stream().filter(f -> f.serverId().equals(serverId)).findFirst().orElseThrow();
    }

    private ItemSummary item(String serverId) {
        return store.items(folder("inbox").id(), ItemSort.DATE_DESC, 0, 100).stream()
                .filter(s -> s.serverId().equals(serverId)).findFirst().orElseThrow();
    }
}
