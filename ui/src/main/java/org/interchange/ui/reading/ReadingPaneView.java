package org.interchange.ui.reading;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import javafx.stage.FileChooser;
import org.interchange.cache.api.AttachmentInfo;
import org.interchange.ui.categories.CategoryChips;
import org.interchange.ui.categories.CategoryList;
import org.interchange.ui.internal.Formats;
import org.interchange.ui.internal.Icons;
import org.kordamp.ikonli.feather.Feather;

/**
 * The reading pane: subject, header block, attachments and the body in a WebView with JavaScript
 * off. The view never navigates: a clicked link is handed to the link handler (e.g. the system browser).
 * Clicking an attachment opens it with the file opener; its save button saves it where the user chooses.
 * Remote images are blocked, with buttons to load them for this message or always for its sender. The item's
 * categories show as coloured chips under the header.
 */
public final class ReadingPaneView {
    private final ReadingPaneViewModel viewModel;
    private final Formats formats;
    private final Label subject = new Label();
    private final GridPane header = new GridPane();
    private final FlowPane attachmentBar = new FlowPane();
    private final FlowPane categoryBar = new FlowPane();
    private final CategoryList categoryList;
    private final WebView body = new WebView();
    private final VBox content;
    private final Label emptyHint = new Label("Select an item to read it");
    private final StackPane root;
    private Consumer<String> linkHandler = url -> { };
    private Consumer<Path> fileOpener = file -> problem("No program is set up to open " + file.getFileName());
    private String loaded;

    public ReadingPaneView(ReadingPaneViewModel viewModel, Formats formats, CategoryList categoryList) {
        this.viewModel = viewModel;
        this.formats = formats;
        this.categoryList = categoryList;
        subject.setId("readingSubject");
        subject.getStyleClass().add("reading-subject");
        subject.setWrapText(true);
        subject.textProperty().bind(viewModel.subjectProperty());
        header.setId("readingHeader");
        header.getStyleClass().add("reading-header");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        header.getColumnConstraints().setAll(labels, values);
        categoryBar.setId("readingCategories");
        categoryBar.getStyleClass().add("reading-categories");
        attachmentBar.setId("attachments");
        attachmentBar.getStyleClass().add("attachment-bar");

        body.setId("readingBody");
        body.setContextMenuEnabled(false);
        WebEngine engine = body.getEngine();
        engine.setJavaScriptEnabled(false);
        engine.setCreatePopupHandler(features -> null);
        engine.locationProperty().addListener((obs, old, location) -> refuseNavigation(location));
        VBox.setVgrow(body, Priority.ALWAYS);

        Label blocked = new Label(null, Icons.of(Feather.EYE_OFF));
        blocked.setId("remoteContentBlocked");
        blocked.getStyleClass().add("remote-blocked");
        blocked.textProperty().bind(viewModel.blockedImagesProperty().asString(
                "%d remote image(s) not loaded, to protect your privacy"));
        Button showOnce = new Button("Show remote content");
        showOnce.setId("allowRemoteOnce");
        showOnce.getStyleClass().addAll("small", "flat");
        showOnce.setOnAction(e -> viewModel.allowRemoteContent());
        Button showAlways = new Button();
        showAlways.setId("allowRemoteSender");
        showAlways.getStyleClass().addAll("small", "flat");
        showAlways.textProperty().bind(viewModel.senderAddressProperty().map(a -> "Always from " + a));
        showAlways.visibleProperty().bind(viewModel.senderAddressProperty().isNotEmpty());
        showAlways.managedProperty().bind(showAlways.visibleProperty());
        showAlways.setOnAction(e -> viewModel.allowRemoteContentFromSender());
        FlowPane blockedBar = new FlowPane(6, 4, blocked, showOnce, showAlways); // wraps in a narrow pane
        blockedBar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        blockedBar.visibleProperty().bind(viewModel.blockedImagesProperty().greaterThan(0));
        blockedBar.managedProperty().bind(blockedBar.visibleProperty());
        VBox top = new VBox(subject, header, categoryBar, attachmentBar, blockedBar);
        top.getStyleClass().add("reading-top");
        content = new VBox(top, body);
        content.getStyleClass().add("reading-pane");
        emptyHint.getStyleClass().add("empty-hint");
        root = new StackPane(content, emptyHint);
        root.setId("readingPane");

        viewModel.fields().addListener((ListChangeListener<DetailField>) c -> showFields());
        viewModel.attachments().addListener((ListChangeListener<AttachmentInfo>) c -> showAttachments());
        viewModel.categories().addListener((ListChangeListener<String>) c -> showCategories());
        categoryList.categories().addListener((ListChangeListener<Object>) c -> showCategories());
        showCategories();
        viewModel.documentProperty().addListener((obs, old, page) -> load(page));
        viewModel.stateProperty().addListener((obs, old, state) -> showState(state));
        showFields();
        showAttachments();
        showState(viewModel.stateProperty().get());
        load(viewModel.documentProperty().get());
    }

    public StackPane node() {
        return root;
    }

    /** The WebView of the body, for tests and screenshots. */
    public WebView bodyView() {
        return body;
    }

    /** Opens a file (an attachment's private copy) in the program the desktop chooses, e.g. with HostServices. */
    public void setFileOpener(Consumer<Path> opener) {
        this.fileOpener = opener == null ? file -> problem("No program is set up to open " + file.getFileName())
                : opener;
    }

    /** Receives the address of a link the user clicked in a body; the pane itself stays where it is. */
    public void setLinkHandler(Consumer<String> handler) {
        this.linkHandler = handler == null ? url -> { } : handler;
    }

    private void load(String page) {
        loaded = page;
        body.getEngine().loadContent(page, "text/html");
    }

    private void refuseNavigation(String location) {
        if (location == null || location.isEmpty() || location.equals("about:blank")) {
            return;
        }
        body.getEngine().getLoadWorker().cancel();
        linkHandler.accept(location);
        String page = loaded;
        Platform.runLater(() -> body.getEngine().loadContent(page, "text/html"));
    }

    private void showState(ReadingPaneViewModel.State state) {
        boolean empty = state == ReadingPaneViewModel.State.EMPTY;
        content.setVisible(!empty);
        emptyHint.setVisible(empty);
        if (state == ReadingPaneViewModel.State.MISSING) {
            emptyHint.setText("This item is no longer in the cache");
            emptyHint.setVisible(true);
            content.setVisible(false);
        } else {
            emptyHint.setText("Select an item to read it");
        }
    }

    private void save(AttachmentInfo attachment) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save attachment");
        chooser.setInitialFileName(ReadingPaneViewModel.suggestedFileName(attachment));
        File target = chooser.showSaveDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (target != null) {
            viewModel.saveAttachment(attachment, target.toPath(), problem -> {
                if (problem != null) {
                    problem(problem);
                }
            });
        }
    }

    private void open(AttachmentInfo attachment) {
        viewModel.openAttachment(attachment, fileOpener, this::problem);
    }

    private void problem(String text) {
        new Alert(Alert.AlertType.ERROR, text).show();
    }

    private void showFields() {
        header.getChildren().clear();
        int row = 0;
        for (DetailField field : viewModel.fields()) {
            Label label = new Label(field.label());
            label.getStyleClass().add("field-label");
            Label value = new Label(field.value());
            value.getStyleClass().add("field-value");
            value.setWrapText(true);
            header.addRow(row++, label, value);
        }
        header.setVisible(row > 0);
        header.setManaged(row > 0);
    }

    /** The shown item's categories as chips under the header, in their colours. */
    private void showCategories() {
        CategoryChips.fill(categoryBar, viewModel.categories(), categoryList);
        boolean any = !viewModel.categories().isEmpty();
        categoryBar.setVisible(any);
        categoryBar.setManaged(any);
    }

    private void showAttachments() {
        attachmentBar.getChildren().clear();
        for (AttachmentInfo attachment : viewModel.attachments()) {
            Button chip = new Button(attachment.fileName() + "  ·  " + formats.size(attachment.size()),
                    Icons.of(Feather.PAPERCLIP));
            chip.getStyleClass().add("attachment-chip");
            chip.setTooltip(new Tooltip("Open " + attachment.fileName()));
            chip.setOnAction(e -> open(attachment));
            Button saveAs = new Button(null, Icons.of(Feather.DOWNLOAD));
            saveAs.getStyleClass().addAll("attachment-save", "flat");
            saveAs.setTooltip(new Tooltip("Save " + attachment.fileName() + " as…"));
            saveAs.setOnAction(e -> save(attachment));
            javafx.scene.layout.HBox pair = new javafx.scene.layout.HBox(2, chip, saveAs);
            pair.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            attachmentBar.getChildren().add(pair);
        }
        boolean any = !attachmentBar.getChildren().isEmpty();
        attachmentBar.setVisible(any);
        attachmentBar.setManaged(any);
        attachmentBar.setPadding(any ? new Insets(6, 0, 0, 0) : Insets.EMPTY);
    }
}
