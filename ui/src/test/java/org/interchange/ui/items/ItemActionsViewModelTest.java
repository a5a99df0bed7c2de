package org.interchange.ui.items;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.interchange.cache.api.CacheException;
import org.interchange.cache.api.CachedFolder;
import org.interchange.cache.api.FolderKind;
import org.interchange.cache.api.ItemSummary;
import org.interchange.ui.FakeCache;
import org.interchange.ui.FakeTaskExecutor;
import org.junit.jupiter.api.Test;

class ItemActionsViewModelTest {
    private final FakeCache cache = new FakeCache();
    private final FakeTaskExecutor executor = new FakeTaskExecutor();
    private final ItemActionsViewModel actions = new ItemActionsViewModel(cache, executor);

    @Test
    void flagsDeletesAndMovesInTheBackground() {
        cache.addAccount("a", "alice");
        CachedFolder inbox = cache.addFolder("a", "inbox", null, "Inbox", FolderKind.MAIL);
        CachedFolder archive = cache.addFolder("a", "archive", null, "Archive", FolderKind.MAIL);
        ItemSummary one = cache.addMail(inbox, "One", "bob", Instant.EPOCH, true);
        ItemSummary two = cache.addMail(inbox, "Two", "bob", Instant.EPOCH, true);

        actions.toggleFlag(one);
        assertThat(cache.edits).isEmpty();
        executor.runAll();
        assertThat(cache.item(one.id()).orElseThrow().summary().flagged()).isTrue();
        actions.toggleFlag(cache.item(one.id()).orElseThrow().summary());
        executor.runAll();
        assertThat(cache.item(one.id()).orElseThrow().summary().flagged()).isFalse();

        actions.move(two.id(), inbox.id(), inbox); // dropped on its own folder
        actions.move(two.id(), inbox.id(), archive);
        executor.runAll();
        assertThat(cache.item(two.id()).orElseThrow().summary().folderId()).isEqualTo(archive.id());

        actions.delete(one, true);
        executor.runAll();
        assertThat(cache.edits).containsExactly("flag:" + one.id() + ":true", "flag:" + one.id() + ":false",
                "move:" + two.id() + ":" + archive.id(), "delete:" + one.id() + ":PERMANENTLY");
        actions.delete(null, false);
        assertThat(executor.pending()).isZero();
    }

    @Test
    void failuresAreReported() {
        cache.addAccount("a", "alice");
        CachedFolder inbox = cache.addFolder("a", "inbox", null, "Inbox", FolderKind.MAIL);
        ItemSummary one = cache.addMail(inbox, "One", "bob", Instant.EPOCH, true);
        cache.failReads = new CacheException("disk full");
        actions.delete(one, false);
        executor.runAll();
        assertThat(actions.errorProperty().get()).isEqualTo("Could not delete the item: disk full");
    }
}
