package org.interchange.ui.status;

import static org.assertj.core.api.Assertions.assertThat;

import org.interchange.ui.FakeTaskExecutor;
import org.junit.jupiter.api.Test;

class SyncStatusViewModelTest {
    private final SyncStatusViewModel model = new SyncStatusViewModel(new FakeTaskExecutor());

    @Test
    void reportsFolderProgress() {
        model.setOnline(true);
        model.syncStarted("a");
        assertThat(model.syncingProperty().get()).isTrue();
        assertThat(model.progressProperty().get()).isEqualTo(SyncStatusViewModel.INDETERMINATE);

        model.folderStarted("f1", "Inbox", 500);
        model.folderProgress("f1", 120, 500, 4096);
        assertThat(model.messageProperty().get()).isEqualTo("Synchronizing Inbox: 120 of 500 (4.0 KB)");
        assertThat(model.progressProperty().get()).isEqualTo(0.24);

        model.folderFinished("f1");
        model.syncFinished("a", null);
        assertThat(model.syncingProperty().get()).isFalse();
        assertThat(model.messageProperty().get()).isEqualTo("Up to date");
        assertThat(model.onlineProperty().get()).isTrue();
    }

    @Test
    void everyFolderOfTheSyncKeepsItsItemsBytesAndOutcome() {
        model.syncStarted("a");
        model.folderStarted("f1", "Inbox", 500);
        model.folderProgress("f1", 500, 500, 2_000_000);
        model.folderFinished("f1");
        model.folderStarted("f2", "Calendar", -1);
        model.folderProgress("f2", 7, 0, 1024);
        model.folderStarted("f3", "Archive", 10);
        model.folderFailed("f3", new IllegalStateException("the server said no"));

        assertThat(model.folders()).extracting(FolderProgress::name, FolderProgress::done, FolderProgress::total,
                FolderProgress::bytes, FolderProgress::state).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Inbox", 500, 500, 2_000_000L, FolderProgress.State.DONE),
                org.assertj.core.groups.Tuple.tuple("Calendar", 7, 0, 1024L, FolderProgress.State.RUNNING),
                org.assertj.core.groups.Tuple.tuple("Archive", 0, 10, 0L, FolderProgress.State.FAILED));
        assertThat(model.folders().get(2).error()).isEqualTo("the server said no");

        model.syncFinished("a", null);
        assertThat(model.folders()).hasSize(3); // still shown after the sync
        model.syncStarted("a");
        assertThat(model.folders()).isEmpty();
    }

    @Test
    void unknownSizesShowAnIndeterminateBar() {
        model.syncStarted("a");
        model.folderStarted("f1", "Calendar", 0);
        assertThat(model.messageProperty().get()).isEqualTo("Synchronizing Calendar…");
        assertThat(model.progressProperty().get()).isEqualTo(SyncStatusViewModel.INDETERMINATE);
    }

    @Test
    void failuresAreKeptUntilTheNextSync() {
        model.syncStarted("a");
        model.folderStarted("f1", "Inbox", 10);
        model.folderFailed("f1", new IllegalStateException("server said no"));
        model.syncFinished("a", null);
        assertThat(model.lastErrorProperty().get()).isEqualTo("Inbox: server said no");
        assertThat(model.messageProperty().get()).isEqualTo("Synchronization failed: Inbox: server said no");

        model.syncStarted("a");
        assertThat(model.lastErrorProperty().get()).isNull();
    }

    @Test
    void twoAccountsSyncingAtOnceFinishTogether() {
        model.syncStarted("a");
        model.syncStarted("b");
        model.syncFinished("a", null);
        assertThat(model.syncingProperty().get()).isTrue();
        model.syncFinished("b", new RuntimeException());
        assertThat(model.syncingProperty().get()).isFalse();
        assertThat(model.lastErrorProperty().get()).isEqualTo("RuntimeException");
    }
}
