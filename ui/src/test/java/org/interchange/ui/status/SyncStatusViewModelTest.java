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
        assertThat(model.messageProperty().get()).isEqualTo("Synchronizing Inbox: 120 of 500");
        assertThat(model.progressProperty().get()).isEqualTo(0.24);

        model.folderFinished("f1");
        model.syncFinished("a", null);
        assertThat(model.syncingProperty().get()).isFalse();
        assertThat(model.messageProperty().get()).isEqualTo("Up to date");
        assertThat(model.onlineProperty().get()).isTrue();
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
