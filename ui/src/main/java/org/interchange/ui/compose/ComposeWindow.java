package org.interchange.ui.compose;

import java.io.File;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Side;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.web.HTMLEditor;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.interchange.ui.Theme;
import org.interchange.ui.internal.Formats;
import org.interchange.ui.internal.Icons;
import org.kordamp.ikonli.feather.Feather;

/**
 * The compose window: From, To, Cc, Bcc (with completion from contacts), Subject, attachments, and the
 * body in an HTML editor or a plain text area. Ctrl+Enter sends, Ctrl+S saves a draft (as Thunderbird);
 * the window closes once the message is queued.
 */
public final class ComposeWindow {
    private final ComposeViewModel viewModel;
    private final Formats formats;
    private final Stage stage = new Stage();
    private final HTMLEditor htmlEditor = new HTMLEditor();
    private final TextArea textEditor = new TextArea();
    private final FlowPane attachmentBar = new FlowPane();
    private final ContextMenu completionMenu = new ContextMenu();
    private TextField completing;
    private ComposeViewModel.Field completingField;
    private boolean showingHtml;

    public ComposeWindow(ComposeViewModel viewModel, Formats formats) {
        this.viewModel = viewModel;
        this.formats = formats;
        BorderPane root = new BorderPane();
        root.getStyleClass().add("compose-window");
        root.setTop(new VBox(toolBar(), header()));
        root.setCenter(body());
        root.setBottom(statusBar());
        Scene scene = new Scene(root, 900, 700);
        Theme.style(scene);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.ENTER) {
                send();
                e.consume();
            } else if (e.isShortcutDown() && !e.isShiftDown() && e.getCode() == KeyCode.S) {
                saveDraft();
                e.consume();
            }
        });
        stage.setScene(scene);
        stage.titleProperty().bind(viewModel.titleBinding());
        viewModel.sentProperty().addListener((obs, was, sent) -> {
            if (sent) {
                stage.close();
            }
        });
        viewModel.attachments().addListener((ListChangeListener<ComposeAttachment>) c -> showAttachments());
        viewModel.completions().addListener((ListChangeListener<String>) c -> showCompletions());
        viewModel.bodyHtmlProperty().addListener((obs, old, html) -> {
            if (!showingHtml) {
                htmlEditor.setHtmlText(html);
            }
        });
        htmlEditor.setHtmlText(viewModel.bodyHtmlProperty().get());
        showAttachments();
    }

    /** Shows the window; the first empty field gets the focus. */
    public void show() {
        stage.show();
        if (viewModel.toProperty().get().isBlank()) {
            stage.getScene().lookup("#composeTo").requestFocus();
        } else {
            (viewModel.richProperty().get() ? htmlEditor : textEditor).requestFocus();
        }
    }

    public Stage stage() {
        return stage;
    }

    private ToolBar toolBar() {
        Button send = new Button("Send", Icons.of(Feather.SEND));
        send.setId("composeSend");
        send.setDefaultButton(false);
        send.setTooltip(new Tooltip("Send the message (Ctrl+Enter)"));
        send.setOnAction(e -> send());
        send.disableProperty().bind(viewModel.busyProperty());
        Button save = new Button("Save", Icons.of(Feather.SAVE));
        save.setId("composeSave");
        save.setTooltip(new Tooltip("Save a draft in the Drafts folder (Ctrl+S)"));
        save.setOnAction(e -> saveDraft());
        save.disableProperty().bind(viewModel.busyProperty());
        Button attach = new Button("Attach", Icons.of(Feather.PAPERCLIP));
        attach.setId("composeAttach");
        attach.setTooltip(new Tooltip("Attach files"));
        attach.setOnAction(e -> chooseFiles());
        ToggleButton rich = new ToggleButton("Rich text", Icons.of(Feather.TYPE));
        rich.setId("composeRich");
        rich.setTooltip(new Tooltip("Write formatted (HTML) or plain text"));
        rich.setSelected(viewModel.richProperty().get());
        rich.selectedProperty().addListener((obs, was, now) -> {
            pullHtml();
            viewModel.richProperty().set(now);
        });
        viewModel.richProperty().addListener((obs, was, now) -> rich.setSelected(now));
        ToolBar bar = new ToolBar(send, save, attach, rich);
        bar.getStyleClass().add("compose-toolbar");
        return bar;
    }

    private GridPane header() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("compose-header");
        grid.setHgap(8);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
        Label from = new Label(viewModel.from());
        from.setId("composeFrom");
        grid.addRow(0, new Label("From"), from);
        grid.addRow(1, new Label("To"), recipientField("composeTo", ComposeViewModel.Field.TO));
        grid.addRow(2, new Label("Cc"), recipientField("composeCc", ComposeViewModel.Field.CC));
        grid.addRow(3, new Label("Bcc"), recipientField("composeBcc", ComposeViewModel.Field.BCC));
        TextField subject = new TextField();
        subject.setId("composeSubject");
        subject.textProperty().bindBidirectional(viewModel.subjectProperty());
        grid.addRow(4, new Label("Subject"), subject);
        attachmentBar.setId("composeAttachments");
        attachmentBar.setHgap(6);
        attachmentBar.setVgap(4);
        grid.add(attachmentBar, 1, 5);
        return grid;
    }

    private TextField recipientField(String id, ComposeViewModel.Field field) {
        TextField text = new TextField();
        text.setId(id);
        text.setPromptText("Name <address>, …");
        text.textProperty().bindBidirectional(viewModel.field(field));
        text.textProperty().addListener((obs, old, now) -> {
            if (text.isFocused()) {
                completing = text;
                completingField = field;
                viewModel.suggest(field);
            }
        });
        text.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && completionMenu.isShowing()) {
                completionMenu.requestFocus();
            }
        });
        text.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused && completionMenu.isShowing() && !completionMenu.isFocused()) {
                completionMenu.hide();
            }
        });
        return text;
    }

    private void showCompletions() {
        List<String> found = List.copyOf(viewModel.completions());
        if (found.isEmpty() || completing == null || completing.getScene() == null) {
            completionMenu.hide();
            return;
        }
        completionMenu.getItems().clear();
        ComposeViewModel.Field field = completingField;
        TextField target = completing;
        for (String person : found) {
            Label label = new Label(person);
            label.getStyleClass().add("completion");
            CustomMenuItem item = new CustomMenuItem(label, true);
            item.setOnAction(e -> {
                viewModel.complete(field, person);
                target.requestFocus();
                target.positionCaret(target.getText().length());
            });
            completionMenu.getItems().add(item);
        }
        if (!completionMenu.isShowing()) {
            completionMenu.show(target, Side.BOTTOM, 0, 0);
        }
    }

    private StackPane body() {
        htmlEditor.setId("composeHtml");
        textEditor.setId("composeText");
        textEditor.setWrapText(true);
        textEditor.textProperty().bindBidirectional(viewModel.bodyTextProperty());
        htmlEditor.visibleProperty().bind(viewModel.richProperty());
        textEditor.visibleProperty().bind(viewModel.richProperty().not());
        htmlEditor.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                pullHtml();
            }
        });
        StackPane body = new StackPane(htmlEditor, textEditor);
        VBox.setVgrow(body, Priority.ALWAYS);
        return body;
    }

    private HBox statusBar() {
        Label status = new Label();
        status.setId("composeStatus");
        status.textProperty().bind(viewModel.statusProperty());
        Label error = new Label();
        error.setId("composeError");
        error.getStyleClass().add("compose-error");
        error.textProperty().bind(viewModel.errorProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, error, spacer, status);
        bar.getStyleClass().add("compose-status");
        return bar;
    }

    private void showAttachments() {
        attachmentBar.getChildren().clear();
        for (ComposeAttachment attachment : viewModel.attachments()) {
            Button remove = new Button(null, Icons.of(Feather.X));
            remove.getStyleClass().add("flat");
            remove.setTooltip(new Tooltip("Remove " + attachment.name()));
            remove.setOnAction(e -> viewModel.remove(attachment));
            Label chip = new Label(attachment.name() + "  ·  " + formats.size(attachment.size()),
                    Icons.of(Feather.PAPERCLIP));
            HBox box = new HBox(2, chip, remove);
            box.getStyleClass().add("attachment-chip");
            attachmentBar.getChildren().add(box);
        }
        boolean any = !viewModel.attachments().isEmpty();
        attachmentBar.setVisible(any);
        attachmentBar.setManaged(any);
    }

    private void chooseFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Attach files");
        List<File> files = chooser.showOpenMultipleDialog(stage);
        if (files != null) {
            files.forEach(f -> viewModel.attach(f.toPath()));
        }
    }

    /** Copies what the HTML editor holds into the view-model (the editor does not report each change). */
    private void pullHtml() {
        if (viewModel.richProperty().get()) {
            showingHtml = true;
            try {
                viewModel.bodyHtmlProperty().set(HtmlText.bodyOf(htmlEditor.getHtmlText()));
            } finally {
                showingHtml = false;
            }
        }
    }

    private void send() {
        pullHtml();
        viewModel.send();
    }

    private void saveDraft() {
        pullHtml();
        viewModel.saveDraft();
    }
}
