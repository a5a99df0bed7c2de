package org.interchange.ui.folders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.interchange.cache.api.CachedFolder;
import org.interchange.cache.api.FolderKind;
import org.interchange.ui.FakeCache;
import org.interchange.ui.FakeTaskExecutor;
import org.junit.jupiter.api.Test;

class FolderTreeViewModelTest {
    private final FakeCache cache = new FakeCache();
    private final FakeTaskExecutor executor = new FakeTaskExecutor();

    @Test
    void ordersFoldersLikeOutlookWithInboxFirst() {
        cache.addAccount("a", "Work");
        cache.addFolder("a", "zz", null, "Zebra", FolderKind.MAIL);
        cache.addFolder("a", "cal", null, "Calendar", FolderKind.CALENDAR);
        cache.addFolder("a", "sent", null, "Sent Items", FolderKind.MAIL);
        cache.addFolder("a", "notes", null, "Notes", FolderKind.NOTES);
        cache.addFolder("a", "arch", null, "Apples", FolderKind.MAIL);
        cache.addFolder("a", "del", null, "Deleted Items", FolderKind.MAIL);
        cache.addFolder("a", "inbox", null, "Inbox", FolderKind.MAIL);
        cache.addFolder("a", "contacts", null, "Contacts", FolderKind.CONTACTS);
        cache.addFolder("a", "drafts", null, "Drafts", FolderKind.MAIL);
        cache.addFolder("a", "tasks", null, "Tasks", FolderKind.TASKS);

        FolderTreeViewModel model = new FolderTreeViewModel(cache, executor);
        model.refresh();
        executor.runAll();

        List<FolderNode> roots = model.rootsProperty().get();
        assertThat(roots).singleElement().satisfies(account -> {
            assertThat(account.isAccount()).isTrue();
            assertThat(account.label()).isEqualTo("Work");
            assertThat(account.children()).extracting(FolderNode::label).containsExactly(
                    "Inbox", "Drafts", "Sent Items", "Deleted Items", "Apples", "Zebra",
                    "Calendar", "Contacts", "Tasks", "Notes");
        });
    }

    @Test
    void nestsFoldersUnderTheirParentsAndCountsUnread() {
        cache.addAccount("a", "Work");
        CachedFolder inbox = cache.addFolder("a", "inbox", null, "Inbox", FolderKind.MAIL);
        CachedFolder sub = cache.addFolder("a", "sub", "inbox", "Projects", FolderKind.MAIL);
        cache.addFolder("a", "orphan", "missing-parent", "Orphan", FolderKind.MAIL);
        cache.addMail(sub, "one", "x", Instant.EPOCH, false);
        cache.addMail(sub, "two", "x", Instant.EPOCH, true);
        cache.addMail(inbox, "three", "x", Instant.EPOCH, true);

        FolderTreeViewModel model = new FolderTreeViewModel(cache, executor);
        model.refresh();
        executor.runAll();

        FolderNode account = model.rootsProperty().get().getFirst();
        assertThat(account.children()).extracting(FolderNode::label).containsExactly("Inbox", "Orphan");
        FolderNode inboxNode = account.children().getFirst();
        assertThat(inboxNode.unreadCount()).isZero();
        assertThat(inboxNode.children()).singleElement().satisfies(projects -> {
            assertThat(projects.label()).isEqualTo("Projects");
            assertThat(projects.unreadCount()).isEqualTo(1);
            assertThat(projects.folder().totalCount()).isEqualTo(2);
        });
    }

    @Test
    void folderCyclesAreShownNotLost() {
        cache.addAccount("a", "Work");
        cache.addFolder("a", "x", "y", "X", FolderKind.MAIL);
        cache.addFolder("a", "y", "x", "Y", FolderKind.MAIL);

        FolderTreeViewModel model = new FolderTreeViewModel(cache, executor);
        model.refresh();
        executor.runAll();

        FolderNode account = model.rootsProperty().get().getFirst();
        assertThat(account.children()).hasSize(1);
        assertThat(account.children().getFirst().children()).hasSize(1);
    }

    @Test
    void firstLoadSelectsTheInboxAndLaterLoadsKeepTheSelectionCurrent() {
        cache.addAccount("a", "Work");
        cache.addFolder("a", "cal", null, "Calendar", FolderKind.CALENDAR);
        CachedFolder inbox = cache.addFolder("a", "inbox", null, "Inbox", FolderKind.MAIL);
        FolderTreeViewModel model = new FolderTreeViewModel(cache, executor);
        model.refresh();
        executor.runAll();
        assertThat(model.selectedFolderProperty().get().id()).isEqualTo(inbox.id());
        assertThat(model.selectedFolderProperty().get().unreadCount()).isZero();

        cache.addMail(inbox, "new", "x", Instant.EPOCH, false);
        cache.fireItemsChanged(inbox.id());
        executor.runAll();

        assertThat(model.selectedFolderProperty().get().unreadCount()).isEqualTo(1);
        assertThat(model.rootsProperty().get().getFirst().children().getFirst().unreadCount()).isEqualTo(1);
    }

    @Test
    void theInboxIsSelectedWhenTheFirstSyncBringsTheFolders() {
        FolderTreeViewModel model = new FolderTreeViewModel(cache, executor);
        model.refresh();
        executor.runAll();
        assertThat(model.selectedFolderProperty().get()).isNull();

        cache.addAccount("a", "Work");
        CachedFolder inbox = cache.addFolder("a", "inbox", null, "Inbox", FolderKind.MAIL);
        cache.fireFoldersChanged("a");
        executor.runAll();
        assertThat(model.selectedFolderProperty().get().id()).isEqualTo(inbox.id());
    }

    @Test
    void aBurstOfCacheEventsCostsAtMostTwoReads() {
        cache.addAccount("a", "Work");
        cache.addFolder("a", "inbox", null, "Inbox", FolderKind.MAIL);
        FolderTreeViewModel model = new FolderTreeViewModel(cache, executor);

        for (int i = 0; i < 20; i++) {
            cache.fireFoldersChanged("a");
        }

        assertThat(executor.runAll()).isEqualTo(2);
        assertThat(model.rootsProperty().get()).hasSize(1);
    }

    @Test
    void readFailureIsReportedAndDisposeStopsListening() {
        cache.failReads = new IllegalStateException("database locked");
        FolderTreeViewModel model = new FolderTreeViewModel(cache, executor);
        model.refresh();
        executor.runAll();
        assertThat(model.errorProperty().get()).contains("database locked");

        model.dispose();
        assertThat(cache.listenerCount()).isZero();
    }
}
