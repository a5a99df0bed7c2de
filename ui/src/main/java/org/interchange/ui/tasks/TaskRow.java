package org.interchange.ui.tasks;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.interchange.cache.api.ItemContent;
import org.interchange.cache.api.ItemDetail;
import org.interchange.cache.api.ItemFields;
import org.interchange.cache.api.PimFields;

/**
 * A task as the list shows it ([MS-OXOTASK] 2.2.2.2): subject, due date (null: none), status
 * (PidLidTaskStatus 0..4), fraction complete (PidLidPercentComplete), notes and categories ([MS-OXCMSG] 2.2.1.17,
 * shown; an edit keeps the item's own). {@code itemId} is 0 for a new task.
 */
public record TaskRow(long itemId, String subject, Instant due, int status, double percentComplete, String notes,
                      java.util.List<String> categories) {
    public static final int NOT_STARTED = 0;
    public static final int IN_PROGRESS = 1;
    public static final int COMPLETE = 2;
    public static final int WAITING = 3;
    public static final int DEFERRED = 4;
    /** The status names in PidLidTaskStatus order. */
    public static final java.util.List<String> STATUS_NAMES = java.util.List.of("Not started", "In progress",
            "Complete", "Waiting on someone else", "Deferred");

    public TaskRow {
        status = Math.clamp(status, NOT_STARTED, DEFERRED);
        percentComplete = Double.isNaN(percentComplete) ? 0 : Math.clamp(percentComplete, 0.0, 1.0);
        subject = subject == null ? "" : subject;
        categories = categories == null ? java.util.List.of() : java.util.List.copyOf(categories);
    }

    /** A task without categories, e.g. a new one. */
    public TaskRow(long itemId, String subject, Instant due, int status, double percentComplete, String notes) {
        this(itemId, subject, due, status, percentComplete, notes, java.util.List.of());
    }

    /** The row of a cached task. */
    public static TaskRow of(ItemDetail d) {
        Map<String, String> f = d.fields();
        return new TaskRow(d.summary().id(), d.summary().subject(), d.summary().date(), integer(f.get(ItemFields.TASK_STATUS)),
                fraction(f.get(ItemFields.PERCENT_COMPLETE)), d.bodyText(),
                org.interchange.ui.categories.CategoryNames.parse(f.get(ItemFields.CATEGORIES)));
    }

    public boolean done() {
        return status == COMPLETE;
    }

    public String statusName() {
        return STATUS_NAMES.get(status);
    }

    /** This task marked complete (100 %), or reopened (not started, 0 %), as Outlook's check box does. */
    public TaskRow withDone(boolean done) {
        return done ? new TaskRow(itemId, subject, due, COMPLETE, 1.0, notes, categories)
                : new TaskRow(itemId, subject, due, NOT_STARTED, 0.0, notes, categories);
    }

    /** What the cache stores, over the task's current {@code base} fields (its start date and others kept). */
    ItemContent content(Map<String, String> base, Instant now) {
        ItemContent standard = ItemContent.task(subject, due, status, percentComplete,
                notes == null || notes.isBlank() ? null : notes);
        Map<String, String> fields = new LinkedHashMap<>(base);
        fields.putAll(standard.fields());
        String completed = base.get(PimFields.TASK_COMPLETED);
        fields.put(PimFields.TASK_COMPLETED, done() ? (completed == null || completed.isBlank() ? now.toString() : completed) : "");
        return new ItemContent(standard.subject(), standard.bodyText(), null, due, null, fields);
    }

    private static int integer(String value) {
        try {
            return value == null ? 0 : Integer.parseInt(value.strip());
        } catch (NumberFormatException bad) {
            return 0;
        }
    }

    private static double fraction(String value) {
        try {
            return value == null ? 0 : Double.parseDouble(value.strip());
        } catch (NumberFormatException bad) {
            return 0;
        }
    }
}
