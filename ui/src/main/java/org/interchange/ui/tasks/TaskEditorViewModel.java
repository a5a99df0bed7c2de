package org.interchange.ui.tasks;

import java.time.LocalDate;
import java.time.ZoneId;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The task form's state ([MS-OXOTASK] 2.2.2.2): subject, due day, status and percent complete kept
 * consistent as Outlook keeps them (100 % is complete, complete is 100 %, 1..99 % is in progress), notes.
 */
public final class TaskEditorViewModel {
    private final TaskRow original;
    private final ZoneId zone;
    private final StringProperty subject = new SimpleStringProperty();
    private final ObjectProperty<LocalDate> due = new SimpleObjectProperty<>();
    private final IntegerProperty status = new SimpleIntegerProperty();
    private final IntegerProperty percent = new SimpleIntegerProperty();
    private final StringProperty notes = new SimpleStringProperty();
    private final StringBinding problem;
    private boolean adjusting;

    public TaskEditorViewModel(TaskRow task, ZoneId zone) {
        this.original = task;
        this.zone = zone;
        subject.set(task.subject());
        due.set(task.due() == null ? null : task.due().atZone(zone).toLocalDate());
        status.set(task.status());
        percent.set((int) Math.round(task.percentComplete() * 100));
        notes.set(task.notes() == null ? "" : task.notes());
        status.addListener((o, a, s) -> adjust(() -> {
            if (s.intValue() == TaskRow.COMPLETE) {
                percent.set(100);
            } else if (s.intValue() == TaskRow.NOT_STARTED) {
                percent.set(0);
            } else if (percent.get() == 100) {
                percent.set(99);
            }
        }));
        percent.addListener((o, a, p) -> adjust(() -> {
            if (p.intValue() >= 100) {
                status.set(TaskRow.COMPLETE);
            } else if (p.intValue() > 0 && (status.get() == TaskRow.NOT_STARTED || status.get() == TaskRow.COMPLETE)) {
                status.set(TaskRow.IN_PROGRESS);
            } else if (p.intValue() == 0 && status.get() == TaskRow.COMPLETE) {
                status.set(TaskRow.NOT_STARTED);
            }
        }));
        problem = Bindings.createStringBinding(() -> subject.get() == null || subject.get().isBlank()
                ? "Give the task a subject." : null, subject);
    }

    public StringProperty subjectProperty() {
        return subject;
    }

    /** The due day, null for none. */
    public ObjectProperty<LocalDate> dueProperty() {
        return due;
    }

    /** PidLidTaskStatus, 0..4 ({@link TaskRow#STATUS_NAMES}). */
    public IntegerProperty statusProperty() {
        return status;
    }

    /** 0..100. */
    public IntegerProperty percentProperty() {
        return percent;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public StringBinding problemProperty() {
        return problem;
    }

    /**
     * The task as edited; the due day is stored as its start in the viewer's zone.
     *
     * @throws IllegalStateException when {@link #problemProperty()} names a problem
     */
    public TaskRow task() {
        if (problem.get() != null) {
            throw new IllegalStateException(problem.get());
        }
        return new TaskRow(original.itemId(), subject.get().strip(),
                due.get() == null ? null : due.get().atStartOfDay(zone).toInstant(), status.get(),
                Math.clamp(percent.get(), 0, 100) / 100.0, notes.get(), original.categories());
    }

    private void adjust(Runnable change) {
        if (adjusting) {
            return;
        }
        adjusting = true;
        try {
            change.run();
        } finally {
            adjusting = false;
        }
    }
}
