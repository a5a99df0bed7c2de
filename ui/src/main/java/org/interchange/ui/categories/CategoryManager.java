package org.interchange.ui.categories;

import java.util.Objects;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.interchange.ui.internal.Icons;
import org.kordamp.ikonli.feather.Feather;

/**
 * The category manager ([MS-OXOCFG] 2.2.5.2.2, kept locally): the user's categories in order, each with its colour
 * and number key; new, rename, recolour, delete and move. Every change goes to the {@link CategoryList} at once.
 */
public final class CategoryManager {
    private final CategoryList list;
    private final ListView<Category> view = new ListView<>();
    private final TextField name = new TextField();
    private final ComboBox<CategoryColor> color = new ComboBox<>();
    private final Label problem = new Label();
    private final VBox root;

    public CategoryManager(CategoryList list) {
        this.list = Objects.requireNonNull(list, "list");
        view.setId("categoryManagerList");
        view.setItems(list.categories());
        view.setCellFactory(v -> new CategoryCell(list));
        view.setPrefHeight(260);
        name.setId("categoryName");
        name.setPromptText("Name");
        HBox.setHgrow(name, Priority.ALWAYS);
        color.setId("categoryColor");
        color.getItems().setAll(CategoryColor.values());
        color.setCellFactory(c -> new ColorCell());
        color.setButtonCell(new ColorCell());
        color.setValue(CategoryColor.RED);
        Button create = button("New", Feather.PLUS, "categoryNew", "Add a category of this name and colour");
        create.setOnAction(e -> attempt(() -> list.add(name.getText(), color.getValue())));
        Button rename = button("Rename", Feather.EDIT_2, "categoryRename", "Give the selected category this name");
        rename.setOnAction(e -> selected(c -> list.rename(c.name(), name.getText())));
        Button delete = button("Delete", Feather.TRASH_2, "categoryDelete",
                "Remove the selected category from the list; items keep it");
        delete.setOnAction(e -> selected(c -> list.remove(c.name())));
        Button up = button(null, Feather.ARROW_UP, "categoryUp", "Move up (its number key changes)");
        up.setOnAction(e -> selected(c -> list.move(c.name(), -1)));
        Button down = button(null, Feather.ARROW_DOWN, "categoryDown", "Move down");
        down.setOnAction(e -> selected(c -> list.move(c.name(), 1)));
        for (Button b : new Button[] {rename, delete, up, down}) {
            b.disableProperty().bind(view.getSelectionModel().selectedItemProperty().isNull());
        }
        view.getSelectionModel().selectedItemProperty().addListener((obs, old, c) -> {
            if (c != null) {
                name.setText(c.name());
                color.setValue(c.color());
            }
        });
        color.valueProperty().addListener((obs, old, chosen) -> {
            Category c = view.getSelectionModel().getSelectedItem();
            if (c != null && chosen != null && chosen != c.color()) {
                attempt(() -> list.recolor(c.name(), chosen));
                view.getSelectionModel().select(list.find(c.name()).orElse(null));
            }
        });
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        HBox editor = new HBox(6, name, color);
        editor.setAlignment(Pos.CENTER_LEFT);
        HBox buttons = new HBox(6, create, rename, delete, up, down);
        root = new VBox(8, view, editor, buttons, problem);
        root.setPadding(new Insets(4));
        root.setPrefWidth(440);
    }

    public Node node() {
        return root;
    }

    /** Shows the manager in a dialog of {@code owner}'s window; returns at once. */
    public static void show(CategoryList list, Node owner) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle("Categories");
        dialog.setHeaderText("Categories: 1–9 toggle the first nine on the selected messages, 0 removes all");
        dialog.getDialogPane().setContent(new CategoryManager(list).node());
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.getDialogPane().setId("categoryManager");
        if (owner != null && owner.getScene() != null) {
            dialog.initOwner(owner.getScene().getWindow());
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        dialog.show();
    }

    private void selected(java.util.function.Consumer<Category> change) {
        Category c = view.getSelectionModel().getSelectedItem();
        if (c != null) {
            String kept = c.name();
            attempt(() -> change.accept(c));
            list.find(name.getText()).or(() -> list.find(kept)).ifPresent(view.getSelectionModel()::select);
        }
    }

    private void attempt(Runnable change) {
        try {
            change.run();
            problem.setText("");
        } catch (IllegalArgumentException | IllegalStateException refused) {
            problem.setText(refused.getMessage());
        }
    }

    private static Button button(String text, Feather icon, String id, String tip) {
        Button b = new Button(text, Icons.of(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        return b;
    }

    private static Region swatch(CategoryColor c) {
        Region swatch = new Region();
        swatch.getStyleClass().add("category-swatch");
        swatch.setStyle("-fx-background-color: " + c.web() + ";");
        return swatch;
    }

    /** A category as its chip and its number key. */
    private static final class CategoryCell extends ListCell<Category> {
        private final CategoryList list;

        CategoryCell(CategoryList list) {
            this.list = list;
        }

        @Override
        protected void updateItem(Category c, boolean empty) {
            super.updateItem(c, empty);
            if (empty || c == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            int number = getIndex() + 1;
            setText(number <= 9 ? "key " + number : null);
            setGraphic(CategoryChips.chip(c.name(), list));
            setContentDisplay(javafx.scene.control.ContentDisplay.LEFT);
            setGraphicTextGap(12);
        }
    }

    /** A colour as its swatch and name. */
    private static final class ColorCell extends ListCell<CategoryColor> {
        @Override
        protected void updateItem(CategoryColor c, boolean empty) {
            super.updateItem(c, empty);
            setText(empty || c == null ? null : c.label());
            setGraphic(empty || c == null ? null : swatch(c));
        }
    }
}
