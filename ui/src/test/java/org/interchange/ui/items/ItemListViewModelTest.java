package org.interchange.ui.items;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.interchange.cache.api.CachedFolder;
import org.interchange.cache.api.FolderKind;
import org.interchange.cache.api.ItemFields;
import org.interchange.cache.api.ItemKind;
import org.interchange.cache.api.ItemSort;
import org.interchange.cache.api.ItemSummary;
import org.interchange.ui.FakeCache;
import org.interchange.ui.FakeTaskExecutor;
import org.junit.jupiter.api.Test;

class ItemListViewModelTest {
    private final FakeCache cache = new FakeCache();
    private final FakeTaskExecutor executor = new FakeTaskExecutor();
    private final CachedFolder inbox;

    ItemListViewModelTest() {
        cache.addAccount("a", "Work");
        inbox = cache.addFolder("a", "inbox", null, "Inbox", FolderKind.MAIL);
    }

    private ItemListViewModel openInbox() {
        ItemListViewModel model = new ItemListViewModel(cache, cache, executor);
        model.folderProperty().set(inbox);
        executor.runAll();
        return model;
    }

    @Test
    void opensAFolderWithItsCountAndReadsOnlyTheFirstPageTheViewAsksFor() {
        for (int i = 0; i < 250; i++) {
            cache.addMail(inbox, "Mail " + i, "sender" + i, Instant.ofEpochSecond(i), true);
        }
        ItemListViewModel model = openInbox();

        PagedItemList items = model.itemsProperty().get();
        assertThat(items).hasSize(250);
        assertThat(cache.pageReads).isEmpty();

        items.get(0);
        executor.runAll();
        assertThat(cache.pageReads).containsExactly(inbox.id() + ":DATE_DESC:0:100");
        assertThat(items.get(0).data().summary().subject()).isEqualTo("Mail 249");
        assertThat(model.kindProperty().get()).isEqualTo(ItemKind.MAIL);
    }

    @Test
    void threadedListsConversationsAndExpandsOneToItsMessages() {
        cache.addMail(inbox, "Budget", "Bob", Instant.ofEpochSecond(10), true);
        cache.addMail(inbox, "Lunch", "Carol", Instant.ofEpochSecond(20), true);
        cache.addMail(inbox, "Re: Budget", "Alice", Instant.ofEpochSecond(30), false);
        cache.addMail(inbox, "RE: budget", "Bob", Instant.ofEpochSecond(40), true);
        ItemListViewModel model = openInbox();
        model.threadedProperty().set(true);
        executor.runAll();

        PagedItemList rows = model.itemsProperty().get();
        assertThat(rows).hasSize(2);
        rows.get(0);
        executor.runAll();
        assertThat(cache.conversationReads).containsExactly(inbox.id() + ":DATE_DESC:0:2");
        RowData head = rows.get(0).data();
        assertThat(head.summary().subject()).isEqualTo("RE: budget");
        assertThat(head.thread()).isEqualTo(ThreadMark.head("budget", 3, 1, false));
        assertThat(head.showsUnread()).isTrue();
        assertThat(rows.get(1).data().thread().expandable()).isFalse();

        model.toggleExpanded(rows.get(0));
        executor.runAll();
        PagedItemList expanded = model.itemsProperty().get();
        assertThat(expanded).as("the same list, grown").isSameAs(rows).hasSize(5);
        assertThat(expanded.stream().map(r -> r.data().summary().subject()))
                .containsExactly("RE: budget", "Budget", "Re: Budget", "RE: budget", "Lunch");
        assertThat(expanded.get(0).data().thread().expanded()).isTrue();
        assertThat(expanded.get(2).data().thread().head()).isFalse();

        // a change in the folder keeps the expansion while the conversation stays in place
        cache.setRead(expanded.get(2).data().summary().id(), true);
        executor.runAll();
        assertThat(expanded).hasSize(5);
        assertThat(expanded.get(0).data().thread().unreadCount()).isZero();

        model.toggleExpanded(expanded.get(0));
        executor.runAll();
        assertThat(model.itemsProperty().get()).hasSize(2);
        model.toggleExpanded(model.itemsProperty().get().get(1)); // one message: nothing to expand
        executor.runAll();
        assertThat(model.itemsProperty().get()).hasSize(2);

        model.threadedProperty().set(false);
        executor.runAll();
        assertThat(model.itemsProperty().get()).hasSize(4);
    }

    @Test
    void changingTheSortRereadsInThatOrder() {
        cache.addMail(inbox, "b", "Zed", Instant.ofEpochSecond(1), true);
        cache.addMail(inbox, "a", "Amy", Instant.ofEpochSecond(2), true);
        ItemListViewModel model = openInbox();

        model.sortProperty().set(ItemSort.SENDER);
        executor.runAll();
        PagedItemList items = model.itemsProperty().get();
        items.get(0);
        executor.runAll();

        assertThat(cache.pageReads).containsExactly(inbox.id() + ":SENDER:0:2");
        assertThat(items.get(0).data().summary().sender()).isEqualTo("Amy");
    }

    @Test
    void anUnreadMailSelectedForAMomentIsMarkedRead() {
        ItemSummary mail = cache.addMail(inbox, "hello", "x", Instant.EPOCH, false);
        ItemListViewModel model = openInbox();
        ItemRow row = model.itemsProperty().get().get(0);
        executor.runAll();

        model.selectedRowProperty().set(row);
        assertThat(executor.activeTimers()).containsExactly(ItemListViewModel.MARK_READ_DELAY);
        assertThat(cache.readChanges).isEmpty();

        executor.fireTimers();
        executor.runAll();

        assertThat(cache.readChanges).containsExactly(mail.id() + "=true");
        assertThat(row.data().summary().read()).isTrue();
        assertThat(model.selectedItemProperty().get().read()).isTrue();
    }

    @Test
    void movingOnBeforeTheDelayLeavesTheMailUnread() {
        cache.addMail(inbox, "first", "x", Instant.ofEpochSecond(2), false);
        cache.addMail(inbox, "second", "x", Instant.ofEpochSecond(1), true);
        ItemListViewModel model = openInbox();
        ItemRow first = model.itemsProperty().get().get(0);
        ItemRow second = model.itemsProperty().get().get(1);
        executor.runAll();

        model.selectedRowProperty().set(first);
        model.selectedRowProperty().set(second);
        executor.fireTimers();
        executor.runAll();

        assertThat(cache.readChanges).isEmpty();
        assertThat(first.data().summary().read()).isFalse();
    }

    @Test
    void toggleReadWritesThroughTheCacheAndTheListFollowsTheCacheEvent() {
        ItemSummary mail = cache.addMail(inbox, "hello", "x", Instant.EPOCH, true);
        ItemListViewModel model = openInbox();
        ItemRow row = model.itemsProperty().get().get(0);
        executor.runAll();
        model.selectedRowProperty().set(row);
        assertThat(executor.activeTimers()).isEmpty();

        model.toggleRead();
        assertThat(row.data().summary().read()).as("shown at once").isFalse();
        executor.runAll();

        assertThat(cache.readChanges).containsExactly(mail.id() + "=false");
        assertThat(cache.item(mail.id()).orElseThrow().summary().read()).isFalse();
        assertThat(executor.activeTimers()).as("no automatic mark-read after a manual toggle").isEmpty();
    }

    @Test
    void newItemsInTheOpenFolderAppearAfterTheCacheEvent() {
        cache.addMail(inbox, "old", "x", Instant.ofEpochSecond(1), true);
        ItemListViewModel model = openInbox();
        PagedItemList items = model.itemsProperty().get();
        items.get(0);
        executor.runAll();

        cache.addMail(inbox, "new", "x", Instant.ofEpochSecond(2), false);
        cache.fireItemsChanged(inbox.id());
        executor.runAll();

        assertThat(model.itemsProperty().get()).isSameAs(items);
        assertThat(items).hasSize(2);
        assertThat(items.get(0).data().summary().subject()).isEqualTo("new");
    }

    @Test
    void theSelectionStaysOnItsItemWhenNewMailArrivesAbove() {
        ItemSummary read = cache.addMail(inbox, "read one", "x", Instant.ofEpochSecond(1), true);
        ItemListViewModel model = openInbox();
        ItemRow first = model.itemsProperty().get().get(0);
        executor.runAll();
        model.selectedRowProperty().set(first);
        List<Long> shown = new java.util.ArrayList<>();
        model.selectedItemProperty().addListener((obs, old, now) -> shown.add(now == null ? null : now.id()));

        cache.addMail(inbox, "new unread", "x", Instant.ofEpochSecond(2), false);
        cache.fireItemsChanged(inbox.id());
        executor.runAll();

        assertThat(model.selectedRowProperty().get().index()).isEqualTo(1);
        assertThat(model.selectedItemProperty().get().id()).isEqualTo(read.id());
        assertThat(shown).as("the new mail at row 0 was never shown").allMatch(id -> id == read.id());
        assertThat(executor.activeTimers()).as("and never marked read").isEmpty();
    }

    @Test
    void aDeletedSelectedItemClearsTheSelection() {
        ItemSummary doomed = cache.addMail(inbox, "doomed", "x", Instant.ofEpochSecond(2), true);
        cache.addMail(inbox, "stays", "x", Instant.ofEpochSecond(1), true);
        ItemListViewModel model = openInbox();
        ItemRow first = model.itemsProperty().get().get(0);
        executor.runAll();
        model.selectedRowProperty().set(first);

        cache.removeItem(doomed.id());
        cache.fireItemsChanged(inbox.id());
        executor.runAll();

        assertThat(model.itemsProperty().get()).hasSize(1);
        assertThat(model.selectedRowProperty().get()).isNull();
        assertThat(model.selectedItemProperty().get()).isNull();
    }

    @Test
    void eventsOfOtherFoldersAreIgnored() {
        CachedFolder other = cache.addFolder("a", "other", null, "Other", FolderKind.MAIL);
        openInbox();
        cache.fireItemsChanged(other.id());
        assertThat(executor.runAll()).isZero();
    }

    @Test
    void aNewerRowOfTheSameFolderDoesNotReopenIt() {
        cache.addMail(inbox, "one", "x", Instant.EPOCH, true);
        ItemListViewModel model = openInbox();
        PagedItemList items = model.itemsProperty().get();

        model.folderProperty().set(new CachedFolder(inbox.id(), "a", "inbox", null, "Inbox", FolderKind.MAIL, 5, 3));

        assertThat(model.itemsProperty().get()).isSameAs(items);
        assertThat(executor.pending()).isZero();
    }

    @Test
    void contactRowsCarryTheirFields() {
        CachedFolder contacts = cache.addFolder("a", "contacts", null, "Contacts", FolderKind.CONTACTS);
        cache.addItem(contacts, "Ada Lovelace", null, Instant.EPOCH, true, null, null,
                Map.of(ItemFields.EMAIL, "ada@example.org", ItemFields.COMPANY, "Analytical Engines"), List.of());
        ItemListViewModel model = new ItemListViewModel(cache, cache, executor);
        model.folderProperty().set(contacts);
        executor.runAll();
        ItemRow row = model.itemsProperty().get().get(0);
        executor.runAll();

        assertThat(model.kindProperty().get()).isEqualTo(ItemKind.CONTACT);
        assertThat(row.data().field(ItemFields.EMAIL)).isEqualTo("ada@example.org");
        assertThat(row.data().field(ItemFields.COMPANY)).isEqualTo("Analytical Engines");
        model.selectedRowProperty().set(row);
        assertThat(executor.activeTimers()).as("only mail is marked read").isEmpty();
    }

    @Test
    void noteRowsCarryTheFirstLineOfTheirBody() {
        CachedFolder notes = cache.addFolder("a", "notes", null, "Notes", FolderKind.NOTES);
        cache.addItem(notes, "", null, Instant.EPOCH, true, "\nParking level 3\nspot 42", null,
                Map.of(ItemFields.NOTE_COLOR, "3"), List.of());
        ItemListViewModel model = new ItemListViewModel(cache, cache, executor);
        model.folderProperty().set(notes);
        executor.runAll();
        ItemRow row = model.itemsProperty().get().get(0);
        executor.runAll();
        assertThat(row.data().firstLine()).isEqualTo("Parking level 3");
        assertThat(row.data().field(ItemFields.NOTE_COLOR)).isEqualTo("3");
    }

    @Test
    void switchingFoldersQuicklyShowsTheLastOne() {
        CachedFolder other = cache.addFolder("a", "other", null, "Other", FolderKind.MAIL);
        cache.addMail(other, "o", "x", Instant.EPOCH, true);
        ItemListViewModel model = new ItemListViewModel(cache, cache, executor);
        model.folderProperty().set(other);
        model.folderProperty().set(inbox);
        executor.runAll();
        assertThat(model.itemsProperty().get()).isEmpty();
    }
}
