package org.interchange.ui.notes;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.interchange.ui.internal.Icons;
import org.kordamp.ikonli.feather.Feather;

/**
 * The notes view ([MS-OXONOTE] 2.2.1): the notes as coloured slips on the left, the selected note's
 * text and its colour (the five Outlook colours) on the right; Save or Ctrl+S writes it.
 */
public final class NotesView {
    private final NotesViewModel model;
    private final SplitPane root;
    private final ListView<NoteRow> list = new ListView<>();
    private final TextArea text = new TextArea();
    private final ToggleGroup colours = new ToggleGroup();
    private final VBox editor;
    private NoteRow editing;

    public NotesView(NotesViewModel model) {
        this.model = model;
        list.setId("noteList");
        list.setItems(model.notes());
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(NoteRow note, boolean empty) {
                super.updateItem(note, empty);
                if (empty || note == null) {
                    setText(null);
                    setStyle(null);
                    return;
                }
                setText(note.title());
                setStyle("-fx-background-color: " + NoteRow.COLOR_WEB.get(note.color())
                        + "; -fx-text-fill: #222; -fx-padding: 10; -fx-border-color: transparent transparent -color-border-default transparent;");
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, note) -> {
            if (note != null) {
                model.selectedProperty().set(note);
            }
        });
        model.selectedProperty().addListener((o, a, note) -> {
            if (note != null && list.getSelectionModel().getSelectedItem() != note) {
                list.getSelectionModel().select(note);
            }
            if (note == null || editing == null || note.itemId() != editing.itemId() || !text.isFocused()) {
                edit(note);
            } else {
                editing = note;
            }
        });
        Button add = new Button("New note", Icons.of(Feather.FILE_PLUS));
        add.setId("noteNew");
        add.setOnAction(e -> {
            list.getSelectionModel().clearSelection();
            edit(new NoteRow(0, "", NoteRow.YELLOW, null));
            text.requestFocus();
        });
        VBox left = new VBox(8, new HBox(8, add), list);
        VBox.setVgrow(list, Priority.ALWAYS);
        left.setPadding(new Insets(8));

        text.setId("noteText");
        text.setWrapText(true);
        text.getStyleClass().add("note-text");
        HBox colourBar = new HBox(6, new Label("Colour"));
        for (int c = 0; c < NoteRow.COLOR_NAMES.size(); c++) {
            ToggleButton swatch = new ToggleButton();
            swatch.setId("noteColor" + c);
            swatch.setUserData(c);
            swatch.setToggleGroup(colours);
            swatch.setTooltip(new Tooltip(NoteRow.COLOR_NAMES.get(c)));
            swatch.setPrefSize(26, 26);
            swatch.setStyle("-fx-background-color: " + NoteRow.COLOR_WEB.get(c) + "; -fx-border-color: #888;"
                    + " -fx-background-radius: 13; -fx-border-radius: 13;");
            swatch.selectedProperty().addListener((o, a, on) -> {
                swatch.setGraphic(on ? Icons.of(Feather.CHECK) : null);
                paint();
            });
            colourBar.getChildren().add(swatch);
        }
        Button save = new Button("Save", Icons.of(Feather.CHECK));
        save.setId("noteSave");
        save.setOnAction(e -> save());
        Button delete = new Button("Delete", Icons.of(Feather.TRASH_2));
        delete.setId("noteDelete");
        delete.setOnAction(e -> {
            if (editing != null) {
                model.delete(editing);
            }
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        editor = new VBox(10, colourBar, text, new HBox(8, delete, gap, save));
        VBox.setVgrow(text, Priority.ALWAYS);
        editor.setPadding(new Insets(16));
        editor.setId("noteEditor");
        editor.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN).match(e)) {
                save();
                e.consume();
            }
        });
        root = new SplitPane(left, editor);
        root.setId("notesView");
        root.setDividerPositions(0.35);
        edit(null);
    }

    public Node node() {
        return root;
    }

    private void edit(NoteRow note) {
        editing = note;
        editor.setDisable(note == null);
        text.setText(note == null ? "" : note.text());
        int colour = note == null ? NoteRow.YELLOW : note.color();
        colours.getToggles().stream().filter(t -> (int) t.getUserData() == colour).findFirst()
                .ifPresent(colours::selectToggle);
        paint();
    }

    private void paint() {
        int colour = colours.getSelectedToggle() == null ? NoteRow.YELLOW : (int) colours.getSelectedToggle().getUserData();
        text.setStyle("-fx-control-inner-background: " + NoteRow.COLOR_WEB.get(colour) + "; -fx-text-fill: #222;"
                + " -fx-font-size: 14px;");
    }

    private void save() {
        if (editing == null) {
            return;
        }
        int colour = colours.getSelectedToggle() == null ? NoteRow.YELLOW : (int) colours.getSelectedToggle().getUserData();
        model.save(editing, text.getText(), colour);
    }
}
