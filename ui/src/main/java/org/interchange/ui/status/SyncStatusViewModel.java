package org.interchange.ui.status;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.interchange.cache.api.SyncListener;
import org.interchange.ui.TaskExecutor;

/**
 * The status bar's model: online or offline, and the progress of the running sync. The app passes
 * it to the sync engine as its {@link SyncListener}; calls may come from any thread and are applied
 * on the UI thread.
 */
public final class SyncStatusViewModel implements SyncListener {
    /** {@link #progressProperty()} while the amount of work is not known (a ProgressBar shows it moving). */
    public static final double INDETERMINATE = -1;

    private final TaskExecutor executor;
    private final BooleanProperty online = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper syncing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper lastError = new ReadOnlyStringWrapper();
    private final Map<String, FolderState> folders = new LinkedHashMap<>();
    /** Every folder of the current (or last) sync in the order it started, kept after it finished. */
    private final ObservableList<FolderProgress> perFolder = FXCollections.observableArrayList();
    private final ObservableList<FolderProgress> perFolderView = FXCollections.unmodifiableObservableList(perFolder);
    private final org.interchange.ui.internal.Formats formats = org.interchange.ui.internal.Formats.system();
    private int runningAccounts;

    public SyncStatusViewModel(TaskExecutor executor) {
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    /** Whether the server can be reached; the app sets it (from any thread via {@link #setOnline}). */
    public BooleanProperty onlineProperty() {
        return online;
    }

    public void setOnline(boolean value) {
        executor.runOnUiThread(() -> online.set(value));
    }

    public ReadOnlyBooleanProperty syncingProperty() {
        return syncing.getReadOnlyProperty();
    }

    /** One line for the status bar, e.g. "Synchronizing Inbox: 120 of 500". */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** 0..1 for the folder being synchronized, {@link #INDETERMINATE} when its size is unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The last folder or account failure, until the next sync starts; null when there was none. */
    public ReadOnlyStringProperty lastErrorProperty() {
        return lastError.getReadOnlyProperty();
    }

    /** Each folder of the running (or last) sync with its items and bytes, in the order they started. */
    public ObservableList<FolderProgress> folders() {
        return perFolderView;
    }

    @Override
    public void syncStarted(String accountId) {
        executor.runOnUiThread(() -> {
            if (runningAccounts++ == 0) {
                folders.clear();
                perFolder.clear();
                lastError.set(null);
            }
            syncing.set(true);
            message.set("Synchronizing…");
            progress.set(INDETERMINATE);
        });
    }

    @Override
    public void folderStarted(String folderServerId, String displayName, int expectedItems) {
        executor.runOnUiThread(() -> {
            folders.put(folderServerId, new FolderState(displayName, 0, Math.max(expectedItems, 0), 0));
            record(folderServerId, displayName, 0, Math.max(expectedItems, 0), 0, FolderProgress.State.RUNNING, null);
            show(folderServerId);
        });
    }

    @Override
    public void folderProgress(String folderServerId, int itemsDone, int itemsTotal, long bytes) {
        executor.runOnUiThread(() -> {
            FolderState known = folders.get(folderServerId);
            String name = known == null ? folderServerId : known.name();
            folders.put(folderServerId, new FolderState(name, itemsDone, itemsTotal, bytes));
            record(folderServerId, name, itemsDone, itemsTotal, bytes, FolderProgress.State.RUNNING, null);
            show(folderServerId);
        });
    }

    @Override
    public void folderFinished(String folderServerId) {
        executor.runOnUiThread(() -> {
            FolderState known = folders.remove(folderServerId);
            FolderProgress row = row(folderServerId);
            FolderState last = known != null ? known : row != null
                    ? new FolderState(row.name(), row.done(), row.total(), row.bytes())
                    : new FolderState(folderServerId, 0, 0, 0);
            record(folderServerId, last.name(), Math.max(last.done(), last.total()), last.total(), last.bytes(),
                    FolderProgress.State.DONE, null);
            showLatest();
        });
    }

    @Override
    public void folderFailed(String folderServerId, Exception error) {
        executor.runOnUiThread(() -> {
            FolderState known = folders.remove(folderServerId);
            String name = known == null ? folderServerId : known.name();
            lastError.set(name + ": " + describe(error));
            record(folderServerId, name, known == null ? 0 : known.done(), known == null ? 0 : known.total(),
                    known == null ? 0 : known.bytes(), FolderProgress.State.FAILED, describe(error));
            showLatest();
        });
    }

    @Override
    public void syncFinished(String accountId, Exception errorOrNull) {
        executor.runOnUiThread(() -> {
            runningAccounts = Math.max(0, runningAccounts - 1);
            if (errorOrNull != null) {
                lastError.set(describe(errorOrNull));
            }
            if (runningAccounts == 0) {
                folders.clear();
                syncing.set(false);
                progress.set(0);
                message.set(lastError.get() == null ? "Up to date" : "Synchronization failed: " + lastError.get());
            }
        });
    }

    private void show(String folderServerId) {
        FolderState state = folders.get(folderServerId);
        syncing.set(true);
        String bytes = state.bytes() > 0 ? " (" + formats.size(state.bytes()) + ")" : "";
        if (state.total() > 0) {
            message.set("Synchronizing " + state.name() + ": " + Math.min(state.done(), state.total())
                    + " of " + state.total() + bytes);
            progress.set(Math.min(1.0, state.done() / (double) state.total()));
        } else {
            message.set("Synchronizing " + state.name() + "…" + bytes);
            progress.set(INDETERMINATE);
        }
    }

    private FolderProgress row(String folderServerId) {
        return perFolder.stream().filter(r -> r.folderServerId().equals(folderServerId)).findFirst().orElse(null);
    }

    private void record(String folderServerId, String name, int done, int total, long bytes, FolderProgress.State state,
                        String error) {
        FolderProgress updated = new FolderProgress(folderServerId, name, done, total, bytes, state, error);
        for (int i = 0; i < perFolder.size(); i++) {
            if (perFolder.get(i).folderServerId().equals(folderServerId)) {
                perFolder.set(i, updated);
                return;
            }
        }
        perFolder.add(updated);
    }

    private void showLatest() {
        String latest = null;
        for (String key : folders.keySet()) {
            latest = key;
        }
        if (latest != null) {
            show(latest);
        } else if (runningAccounts > 0) {
            message.set("Synchronizing…");
            progress.set(INDETERMINATE);
        }
    }

    private static String describe(Exception error) {
        String text = error.getMessage();
        return text == null || text.isBlank() ? error.getClass().getSimpleName() : text;
    }

    private record FolderState(String name, int done, int total, long bytes) {
    }
}
