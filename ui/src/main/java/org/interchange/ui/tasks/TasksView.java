package org.interchange.ui.tasks;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.interchange.ui.internal.Icons;
import org.kordamp.ikonli.feather.Feather;

/**
 * The task list ([MS-OXOTASK] 2.2.2): a table with a "done" check box, subject, due date, status and
 * percent complete; the selected task's form beside it.
 */
public final class TasksView {
    private final TasksViewModel model;
    private final ZoneId zone;
    private final SplitPane root;
    private final VBox editor = new VBox(10);
    private final TableView<TaskRow> table = new TableView<>();

    public TasksView(TasksViewModel model, ZoneId zone, org.interchange.ui.categories.CategoryList categoryList) {
        this.model = model;
        this.zone = zone;
        table.setId("taskTable");
        table.setItems(model.tasks());
        table.setEditable(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<TaskRow, Boolean> done = new TableColumn<>("Done");
        done.setEditable(true);
        done.setPrefWidth(56);
        done.setMaxWidth(70);
        done.setCellValueFactory(cell -> {
            SimpleBooleanProperty value = new SimpleBooleanProperty(cell.getValue().done());
            value.addListener((o, was, now) -> model.setDone(cell.getValue(), now));
            return value;
        });
        done.setCellFactory(CheckBoxTableCell.forTableColumn(done));
        TableColumn<TaskRow, TaskRow> subject = new TableColumn<>("Subject");
        subject.setPrefWidth(320);
        // the whole row, so a change of its categories alone redraws the cell
        subject.setCellValueFactory(cell -> new SimpleObjectProperty<>(cell.getValue()));
        subject.setComparator(java.util.Comparator.comparing(TaskRow::subject, String.CASE_INSENSITIVE_ORDER));
        subject.setCellFactory(c -> new TableCell<>() {
            private final HBox chips = new HBox();

            {
                chips.getStyleClass().add("category-chips");
                setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
            }

            @Override
            protected void updateItem(TaskRow task, boolean empty) {
                super.updateItem(task, empty);
                setText(empty || task == null ? null : task.subject());
                if (empty || task == null || task.categories().isEmpty()) {
                    setGraphic(null);
                    return;
                }
                org.interchange.ui.categories.CategoryChips.fill(chips, task.categories(), categoryList);
                setGraphic(chips);
            }
        });
        categoryList.categories().addListener((javafx.collections.ListChangeListener<Object>) ch -> table.refresh());
        TableColumn<TaskRow, String> due = new TableColumn<>("Due");
        due.setPrefWidth(110);
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);
        due.setCellValueFactory(cell -> new SimpleStringProperty(cell.getValue().due() == null ? ""
                : day.format(cell.getValue().due().atZone(zone).toLocalDate())));
        TableColumn<TaskRow, String> status = new TableColumn<>("Status");
        status.setPrefWidth(130);
        status.setCellValueFactory(cell -> new SimpleStringProperty(cell.getValue().statusName()));
        TableColumn<TaskRow, Double> percent = new TableColumn<>("% Complete");
        percent.setPrefWidth(130);
        percent.setCellValueFactory(cell -> new SimpleObjectProperty<>(cell.getValue().percentComplete()));
        percent.setCellFactory(c -> new TableCell<>() {
            private final ProgressBar bar = new ProgressBar();

            @Override
            protected void updateItem(Double value, boolean empty) {
                super.updateItem(value, empty);
                if (empty || value == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                bar.setProgress(value);
                bar.setPrefWidth(50);
                setGraphic(bar);
                setText(Math.round(value * 100) + " %");
            }
        });
        table.getColumns().setAll(java.util.List.of(done, subject, due, status, percent));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(TaskRow task, boolean empty) {
                super.updateItem(task, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("done"), !empty && task != null && task.done());
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, task) -> {
            if (task != null) {
                model.selectedProperty().set(task);
            }
        });
        model.selectedProperty().addListener((o, a, task) -> {
            if (task != null && table.getSelectionModel().getSelectedItem() != task) {
                table.getSelectionModel().select(task);
            }
            if (task == null || a == null || task.itemId() != a.itemId() || !editor.isFocusWithin()) {
                showEditor(task);
            }
        });
        Button add = new Button("New task", Icons.of(Feather.PLUS));
        add.setId("taskNew");
        add.setOnAction(e -> {
            table.getSelectionModel().clearSelection();
            showEditor(new TaskRow(0, "", null, TaskRow.NOT_STARTED, 0, ""));
        });
        VBox left = new VBox(8, new HBox(8, add), table);
        VBox.setVgrow(table, Priority.ALWAYS);
        left.setPadding(new Insets(8));
        editor.setPadding(new Insets(16));
        editor.setId("taskEditor");
        root = new SplitPane(left, editor);
        root.setId("tasksView");
        root.setDividerPositions(0.66);
        showEditor(null);
    }

    public Node node() {
        return root;
    }

    private void showEditor(TaskRow task) {
        if (task == null) {
            Label none = new Label("Select a task, or make a new one.");
            none.getStyleClass().add("text-muted");
            editor.getChildren().setAll(none);
            return;
        }
        TaskEditorViewModel form = new TaskEditorViewModel(task, zone);
        TextField subject = new TextField();
        subject.setId("taskSubject");
        subject.textProperty().bindBidirectional(form.subjectProperty());
        DatePicker due = new DatePicker();
        due.setId("taskDue");
        due.valueProperty().bindBidirectional(form.dueProperty());
        ComboBox<String> status = new ComboBox<>();
        status.setId("taskStatus");
        status.getItems().setAll(TaskRow.STATUS_NAMES);
        status.getSelectionModel().select(form.statusProperty().get());
        status.getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> {
            if (i.intValue() >= 0) {
                form.statusProperty().set(i.intValue());
            }
        });
        form.statusProperty().addListener((o, a, s) -> status.getSelectionModel().select(s.intValue()));
        Spinner<Integer> percent = new Spinner<>(0, 100, form.percentProperty().get(), 10);
        percent.setId("taskPercent");
        percent.setEditable(true);
        percent.valueProperty().addListener((o, a, p) -> form.percentProperty().set(p == null ? 0 : p));
        form.percentProperty().addListener((o, a, p) -> percent.getValueFactory().setValue(p.intValue()));
        TextArea notes = new TextArea();
        notes.setId("taskNotes");
        notes.setWrapText(true);
        notes.setPrefRowCount(6);
        notes.textProperty().bindBidirectional(form.notesProperty());
        GridPane grid = new GridPane(10, 8);
        grid.addRow(0, new Label("Subject"), subject);
        grid.addRow(1, new Label("Due"), due);
        grid.addRow(2, new Label("Status"), status);
        grid.addRow(3, new Label("% Complete"), percent);
        GridPane.setHgrow(subject, Priority.ALWAYS);
        Label problem = new Label();
        problem.getStyleClass().add("danger");
        problem.textProperty().bind(form.problemProperty());
        Button save = new Button("Save", Icons.of(Feather.CHECK));
        save.setId("taskSave");
        save.setDefaultButton(true);
        save.disableProperty().bind(form.problemProperty().isNotNull());
        save.setOnAction(e -> model.save(form.task()));
        Button delete = new Button("Delete", Icons.of(Feather.TRASH_2));
        delete.setId("taskDelete");
        delete.setDisable(task.itemId() == 0);
        delete.setOnAction(e -> model.delete(task));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        editor.getChildren().setAll(grid, new Label("Notes"), notes, problem, new HBox(8, delete, gap, save));
        VBox.setVgrow(notes, Priority.ALWAYS);
    }
}
