package org.interchange.ui.items;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.interchange.cache.api.CachedFolder;
import org.interchange.cache.api.FolderKind;
import org.interchange.cache.api.ItemFields;
import org.interchange.cache.api.ItemSummary;
import org.interchange.ui.FakeCache;
import org.interchange.ui.FakeTaskExecutor;
import org.interchange.ui.categories.CategoryList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CategorizeActionsTest {
    private final FakeCache cache = new FakeCache();
    private final FakeTaskExecutor executor = new FakeTaskExecutor();
    private final Preferences node = Preferences.userRoot().node("interchange-test/categories-" + UUID.randomUUID());
    private final CategoryList list = new CategoryList(node);
    private final CategorizeActions actions = new CategorizeActions(cache, list, executor);
    private final CachedFolder inbox;
    private final ItemSummary plain;
    private final ItemSummary tagged;

    CategorizeActionsTest() {
        cache.addAccount("a", "Work");
        inbox = cache.addFolder("a", "inbox", null, "Inbox", FolderKind.MAIL);
        plain = cache.addMail(inbox, "Plain", "Bob", Instant.ofEpochSecond(10), true);
        tagged = cache.addItem(inbox, "Tagged", "Carol", Instant.ofEpochSecond(20), true, "Body", null,
                Map.of(ItemFields.CATEGORIES, "Blue category\nProject X"), List.of());
    }

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void mailRowsCarryTheCategoriesTheCacheHolds() {
        List<ItemRow> rows = rows();

        assertThat(rows.get(0).data().categories()).containsExactly("Blue category", "Project X");
        assertThat(rows.get(1).data().categories()).isEmpty();
    }

    @Test
    void aCategoryOneRowLacksIsAddedToAllThenRemovedFromAll() {
        List<ItemRow> rows = rows();

        actions.toggle(rows, "blue CATEGORY");
        assertThat(rows.get(1).data().categories()).containsExactly("Blue category"); // shown before the write
        executor.runAll();
        assertThat(cache.edits).containsExactly("categories:" + plain.id() + ":Blue category");

        actions.toggle(rows, "Blue category");
        executor.runAll();
        assertThat(cache.item(tagged.id()).orElseThrow().field(ItemFields.CATEGORIES)).isEqualTo("Project X");
        assertThat(cache.item(plain.id()).orElseThrow().field(ItemFields.CATEGORIES)).isEmpty();
        assertThat(rows.get(0).data().categories()).containsExactly("Project X");
    }

    @Test
    void numberKeysToggleTheListsCategoriesAndZeroRemovesAll() {
        List<ItemRow> rows = rows();

        actions.number(rows, 1);
        actions.number(rows, 7); // no seventh category: nothing
        executor.runAll();
        assertThat(cache.edits).containsExactly(
                "categories:" + tagged.id() + ":Blue category|Project X|Red category",
                "categories:" + plain.id() + ":Red category");

        actions.number(List.of(rows.get(0)), 0);
        executor.runAll();
        assertThat(cache.edits).last().isEqualTo("categories:" + tagged.id() + ":");
        assertThat(rows.get(0).data().categories()).isEmpty();
        assertThat(rows.get(1).data().categories()).containsExactly("Red category");
    }

    @Test
    void aFailedWritePutsTheRowBackAndSaysWhy() {
        List<ItemRow> rows = rows();
        cache.failEdits = new IllegalStateException("disk full");

        actions.toggle(List.of(rows.get(1)), "Green category");
        assertThat(rows.get(1).data().categories()).containsExactly("Green category");
        executor.runAll();

        assertThat(rows.get(1).data().categories()).isEmpty();
        assertThat(actions.errorProperty().get()).contains("disk full");
    }

    @Test
    void rowsStillBeingReadAreLeftAlone() {
        ItemListViewModel model = open();
        ItemRow unread = model.itemsProperty().get().get(0); // its page is not read yet

        actions.toggle(List.of(unread), "Red category");
        executor.runAll();
        assertThat(cache.edits).isEmpty();
    }

    private ItemListViewModel open() {
        ItemListViewModel model = new ItemListViewModel(cache, cache, executor);
        model.folderProperty().set(inbox);
        executor.runAll();
        return model;
    }

    /** The inbox's rows, newest first, read. */
    private List<ItemRow> rows() {
        PagedItemList items = open().itemsProperty().get();
        items.get(0);
        executor.runAll();
        return List.of(items.get(0), items.get(1));
    }
}
