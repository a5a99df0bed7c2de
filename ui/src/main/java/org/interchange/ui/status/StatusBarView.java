package org.interchange.ui.status;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.interchange.ui.internal.Icons;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The status bar: online state, what the sync is doing, its progress, cache trouble, and a summary of the open folder. */
public final class StatusBarView {
    private final HBox bar;

    /**
     * @param folderSummary e.g. "1,204 items, 12 unread" of the open folder
     * @param problem       the last cache read that failed, or null
     * @param retry         what the Retry button next to a failed sync does (synchronize again)
     */
    public StatusBarView(SyncStatusViewModel model, ObservableValue<String> folderSummary,
                         ObservableValue<String> problem, Runnable retry) {
        FontIcon onlineIcon = Icons.of(Feather.WIFI);
        Label online = new Label();
        online.setId("onlineState");
        online.setGraphic(onlineIcon);
        online.getStyleClass().add("online-state");
        online.textProperty().bind(Bindings.when(model.onlineProperty()).then("Online").otherwise("Offline"));
        model.onlineProperty().addListener((obs, old, on) -> showOnline(online, onlineIcon, on));
        showOnline(online, onlineIcon, model.onlineProperty().get());

        Label message = new Label();
        message.setId("statusMessage");
        message.textProperty().bind(Bindings.createStringBinding(
                () -> model.lastErrorProperty().get() != null && !model.syncingProperty().get()
                        ? "Synchronization failed: " + model.lastErrorProperty().get()
                        : model.messageProperty().get(),
                model.messageProperty(), model.lastErrorProperty(), model.syncingProperty()));
        message.setMinWidth(0);

        javafx.scene.control.Button retryButton = new javafx.scene.control.Button("Retry",
                Icons.of(Feather.ROTATE_CW));
        retryButton.setId("retrySync");
        retryButton.getStyleClass().addAll("small", "flat");
        retryButton.setOnAction(e -> retry.run());
        retryButton.visibleProperty().bind(model.lastErrorProperty().isNotNull().and(model.syncingProperty().not()));
        retryButton.managedProperty().bind(retryButton.visibleProperty());

        ProgressBar progress = new ProgressBar();
        progress.setId("syncProgress");
        progress.getStyleClass().add("small");
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.syncingProperty());
        progress.managedProperty().bind(model.syncingProperty());

        Label trouble = new Label(null, Icons.of(Feather.ALERT_TRIANGLE));
        trouble.setId("cacheProblem");
        trouble.getStyleClass().add("cache-problem");
        trouble.textProperty().bind(problem);
        trouble.visibleProperty().bind(Bindings.isNotEmpty(trouble.textProperty()));
        trouble.managedProperty().bind(trouble.visibleProperty());
        trouble.setMinWidth(0);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label folder = new Label();
        folder.setId("folderSummary");
        folder.textProperty().bind(folderSummary);

        javafx.scene.control.MenuButton perFolder = perFolder(model);

        bar = new HBox(online, separator(), message, retryButton, progress, perFolder, trouble, spacer, folder);
        bar.setId("statusBar");
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
    }

    public HBox node() {
        return bar;
    }

    /**
     * "3 of 7 folders": opens the list of every folder of the sync with its items and bytes, a tick
     * when it is done and the failure when it failed.
     */
    private static javafx.scene.control.MenuButton perFolder(SyncStatusViewModel model) {
        javafx.scene.control.MenuButton button = new javafx.scene.control.MenuButton();
        button.setId("syncFolders");
        button.getStyleClass().addAll("small", "flat");
        org.interchange.ui.internal.Formats formats = org.interchange.ui.internal.Formats.system();
        Runnable update = () -> {
            java.util.List<FolderProgress> rows = model.folders();
            long done = rows.stream().filter(r -> r.state() != FolderProgress.State.RUNNING).count();
            button.setText(done + " of " + rows.size() + (rows.size() == 1 ? " folder" : " folders"));
            button.getItems().setAll(rows.stream().map(r -> {
                String items = r.total() > 0 ? Math.min(r.done(), r.total()) + " of " + r.total() + " items"
                        : r.done() + " items";
                String text = r.name() + " — " + items + ", " + formats.size(r.bytes())
                        + (r.state() == FolderProgress.State.FAILED ? " — failed: " + r.error() : "");
                javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(text, Icons.of(
                        switch (r.state()) {
                            case RUNNING -> Feather.LOADER;
                            case DONE -> Feather.CHECK;
                            case FAILED -> Feather.ALERT_TRIANGLE;
                        }));
                item.getStyleClass().add("sync-folder-" + r.state().name().toLowerCase(java.util.Locale.ROOT));
                return item;
            }).toList());
        };
        model.folders().addListener((javafx.collections.ListChangeListener<FolderProgress>) c -> update.run());
        update.run();
        button.visibleProperty().bind(Bindings.isNotEmpty(model.folders()));
        button.managedProperty().bind(button.visibleProperty());
        return button;
    }

    private static Separator separator() {
        return new Separator(Orientation.VERTICAL);
    }

    private static void showOnline(Label label, FontIcon icon, boolean on) {
        icon.setIconCode(on ? Feather.WIFI : Feather.WIFI_OFF);
        label.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("offline"), !on);
    }
}
