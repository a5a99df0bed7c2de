package org.interchange.ui.calendar;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.interchange.ui.calendar.RecurrenceEditorViewModel.Ending;
import org.interchange.ui.calendar.RecurrenceEditorViewModel.Repeat;

/**
 * The appointment editor window ([MS-OXOCAL] 2.2.1) over an {@link AppointmentEditorViewModel}: title,
 * calendar, location, times, all day, reminder, notes and the recurrence editor. It does not block:
 * {@link #show} hands the saved form to a callback.
 */
public final class AppointmentEditor {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private final AppointmentEditorViewModel model;
    private final Dialog<AppointmentForm> dialog = new Dialog<>();

    public AppointmentEditor(AppointmentEditorViewModel model, Window owner) {
        this.model = model;
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(model.editsOccurrence() ? "Occurrence" : "Appointment");
        dialog.setResizable(true);
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(content());
        dialog.getDialogPane().setId("appointmentEditor");
        dialog.getDialogPane().lookupButton(save).setId("appointmentSave");
        dialog.getDialogPane().lookupButton(save).disableProperty().bind(model.problemProperty().isNotNull());
        dialog.setResultConverter(button -> button == save ? model.form() : null);
    }

    /** Shows the window; {@code saved} gets the form when the user saves (not when cancelled). */
    public void show(Consumer<AppointmentForm> saved) {
        dialog.setOnHidden(e -> {
            if (dialog.getResult() != null) {
                saved.accept(dialog.getResult());
            }
        });
        dialog.show();
    }

    private VBox content() {
        TextField title = new TextField();
        title.setId("appointmentTitle");
        title.setPromptText("Title");
        title.textProperty().bindBidirectional(model.titleProperty());
        ComboBox<CalendarSource> calendar = new ComboBox<>();
        calendar.setId("appointmentCalendar");
        calendar.getItems().setAll(model.calendars());
        calendar.valueProperty().bindBidirectional(model.calendarProperty());
        calendar.setConverter(new StringConverter<>() {
            @Override
            public String toString(CalendarSource c) {
                return c == null ? "" : c.name() + " (" + c.accountName() + ")";
            }

            @Override
            public CalendarSource fromString(String s) {
                return null;
            }
        });
        calendar.setDisable(model.editsOccurrence());
        TextField location = new TextField();
        location.setId("appointmentLocation");
        location.textProperty().bindBidirectional(model.locationProperty());

        DatePicker startDate = new DatePicker();
        startDate.setId("appointmentStartDate");
        startDate.valueProperty().bindBidirectional(model.startDateProperty());
        DatePicker endDate = new DatePicker();
        endDate.setId("appointmentEndDate");
        endDate.valueProperty().bindBidirectional(model.endDateProperty());
        TextField startTime = timeField("appointmentStartTime", model.startTimeProperty());
        TextField endTime = timeField("appointmentEndTime", model.endTimeProperty());
        startTime.disableProperty().bind(model.allDayProperty());
        endTime.disableProperty().bind(model.allDayProperty());
        CheckBox allDay = new CheckBox("All day");
        allDay.setId("appointmentAllDay");
        allDay.selectedProperty().bindBidirectional(model.allDayProperty());

        ComboBox<Integer> reminder = new ComboBox<>();
        reminder.setId("appointmentReminder");
        reminder.getItems().setAll(AppointmentEditorViewModel.REMINDERS);
        reminder.valueProperty().bindBidirectional(model.reminderProperty());
        reminder.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer minutes) {
                if (minutes == null) {
                    return "None";
                }
                if (minutes == 0) {
                    return "At the start";
                }
                return minutes % 1440 == 0 ? minutes / 1440 + " day(s) before"
                        : minutes % 60 == 0 ? minutes / 60 + " hour(s) before" : minutes + " minutes before";
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        TextArea notes = new TextArea();
        notes.setId("appointmentNotes");
        notes.setPrefRowCount(4);
        notes.setWrapText(true);
        notes.textProperty().bindBidirectional(model.notesProperty());

        GridPane form = new GridPane(8, 8);
        form.addRow(0, new Label("Title"), title);
        form.addRow(1, new Label("Calendar"), calendar);
        form.addRow(2, new Label("Location"), location);
        form.addRow(3, new Label("Starts"), new HBox(6, startDate, startTime, allDay));
        form.addRow(4, new Label("Ends"), new HBox(6, endDate, endTime));
        form.addRow(5, new Label("Reminder"), reminder);
        GridPane.setHgrow(title, Priority.ALWAYS);

        Label problem = new Label();
        problem.setId("appointmentProblem");
        problem.getStyleClass().add("danger");
        problem.textProperty().bind(model.problemProperty());

        VBox box = new VBox(10, form, new Label("Notes"), notes);
        if (!model.editsOccurrence()) {
            TitledPane repeat = new TitledPane("Repeat", recurrence());
            repeat.setId("recurrenceEditor");
            repeat.setExpanded(model.recurrence().repeatProperty().get() != Repeat.NONE);
            // the window grows and shrinks with the recurrence editor, so Save stays on screen
            repeat.heightProperty().addListener((o, a, h) -> {
                if (dialog.getDialogPane().getScene() != null && dialog.getDialogPane().getScene().getWindow() != null) {
                    dialog.getDialogPane().getScene().getWindow().sizeToScene();
                }
            });
            box.getChildren().add(repeat);
        }
        box.getChildren().add(problem);
        box.setPadding(new Insets(4));
        box.setPrefWidth(620);
        return box;
    }

    /** The recurrence editor: how often, every how many, on which days, and the end. */
    private VBox recurrence() {
        RecurrenceEditorViewModel r = model.recurrence();
        ComboBox<Repeat> repeat = new ComboBox<>();
        repeat.setId("recurrenceRepeat");
        repeat.getItems().setAll(Repeat.values());
        repeat.valueProperty().bindBidirectional(r.repeatProperty());
        repeat.setConverter(new StringConverter<>() {
            @Override
            public String toString(Repeat value) {
                return value == null ? "" : switch (value) {
                    case NONE -> "Does not repeat";
                    case DAILY -> "Daily";
                    case WEEKLY -> "Weekly";
                    case MONTHLY -> "Monthly";
                    case YEARLY -> "Yearly";
                };
            }

            @Override
            public Repeat fromString(String s) {
                return null;
            }
        });
        Spinner<Integer> interval = new Spinner<>(1, 99, Math.max(1, r.intervalProperty().get()));
        interval.setId("recurrenceInterval");
        interval.setEditable(true);
        interval.setPrefWidth(80);
        interval.valueProperty().addListener((o, a, v) -> r.intervalProperty().set(v == null ? 1 : v));
        Label unit = new Label();
        unit.textProperty().bind(Bindings.createStringBinding(() -> switch (r.repeatProperty().get()) {
            case DAILY -> "day(s)";
            case WEEKLY -> "week(s) on";
            case MONTHLY -> "month(s), on the start's day";
            case YEARLY -> "year(s), on the start's date";
            case NONE -> "";
        }, r.repeatProperty()));
        HBox days = new HBox(4);
        for (DayOfWeek d : DayOfWeek.values()) {
            ToggleButton day = new ToggleButton(d.getDisplayName(TextStyle.SHORT, Locale.getDefault()));
            day.setId("recurrenceDay" + d.name().substring(0, 2));
            day.selectedProperty().bindBidirectional(r.dayProperty(d));
            days.getChildren().add(day);
        }
        days.visibleProperty().bind(r.repeatProperty().isEqualTo(Repeat.WEEKLY));
        days.managedProperty().bind(days.visibleProperty());

        ToggleGroup endGroup = new ToggleGroup();
        RadioButton never = new RadioButton("Never ends");
        never.setId("recurrenceNever");
        RadioButton after = new RadioButton("Ends after");
        after.setId("recurrenceAfter");
        RadioButton by = new RadioButton("Ends on");
        by.setId("recurrenceBy");
        for (RadioButton b : new RadioButton[] {never, after, by}) {
            b.setToggleGroup(endGroup);
        }
        endGroup.selectToggle(switch (r.endingProperty().get()) {
            case NEVER -> never;
            case AFTER_COUNT -> after;
            case BY_DATE -> by;
        });
        endGroup.selectedToggleProperty().addListener((o, a, t) -> r.endingProperty().set(
                t == after ? Ending.AFTER_COUNT : t == by ? Ending.BY_DATE : Ending.NEVER));
        Spinner<Integer> count = new Spinner<>(1, 999, Math.max(1, r.countProperty().get()));
        count.setId("recurrenceCount");
        count.setEditable(true);
        count.setPrefWidth(80);
        count.valueProperty().addListener((o, a, v) -> r.countProperty().set(v == null ? 1 : v));
        count.disableProperty().bind(after.selectedProperty().not());
        DatePicker until = new DatePicker();
        until.setId("recurrenceUntil");
        until.valueProperty().bindBidirectional(r.untilProperty());
        until.disableProperty().bind(by.selectedProperty().not());

        VBox details = new VBox(8, new HBox(6, new Label("Every"), interval, unit), days,
                new VBox(6, never, new HBox(6, after, count, new Label("occurrences")), new HBox(6, by, until)));
        details.disableProperty().bind(r.repeatProperty().isEqualTo(Repeat.NONE));
        return new VBox(8, repeat, details);
    }

    /** A time typed as HH:mm; what cannot be read leaves the model's time unset (and Save disabled). */
    private static TextField timeField(String id, javafx.beans.property.ObjectProperty<LocalTime> time) {
        TextField field = new TextField(time.get() == null ? "" : TIME.format(time.get()));
        field.setId(id);
        field.setPrefColumnCount(5);
        field.setPromptText("HH:mm");
        field.textProperty().addListener((o, a, text) -> {
            try {
                time.set(LocalTime.parse(text.strip(), DateTimeFormatter.ofPattern("H:mm")));
            } catch (DateTimeParseException bad) {
                time.set(null);
            }
        });
        return field;
    }
}
