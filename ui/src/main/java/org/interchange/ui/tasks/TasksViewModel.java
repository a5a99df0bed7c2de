package org.interchange.ui.tasks;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.interchange.cache.api.Cache;
import org.interchange.cache.api.CacheEdits;
import org.interchange.cache.api.CacheListener;
import org.interchange.cache.api.CachedFolder;
import org.interchange.cache.api.DeleteMode;
import org.interchange.cache.api.ItemContent;
import org.interchange.cache.api.ItemDetail;
import org.interchange.cache.api.ItemSort;
import org.interchange.ui.TaskExecutor;
import org.interchange.ui.internal.FolderDetails;
import org.interchange.ui.internal.RefreshGate;

/**
 * The task list's model ([MS-OXOTASK] 2.2.2): the tasks of the open folder, open ones first by due
 * date, the selected task, marking done and saving and deleting through {@link CacheEdits}, all on the
 * {@link TaskExecutor}.
 */
public final class TasksViewModel {
    /** Open tasks before completed ones, then by due date (none last), then by subject. */
    static final Comparator<TaskRow> ORDER = Comparator.comparing(TaskRow::done)
            .thenComparing(TaskRow::due, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(TaskRow::subject, String.CASE_INSENSITIVE_ORDER);

    private final Cache cache;
    private final CacheEdits edits;
    private final TaskExecutor executor;
    private final Clock clock;
    private final RefreshGate gate = new RefreshGate(this::load);
    private final ObjectProperty<CachedFolder> folder = new SimpleObjectProperty<>();
    private final ObservableList<TaskRow> tasks = FXCollections.observableArrayList();
    private final ObjectProperty<TaskRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private long selectAfterLoad;
    private final CacheListener listener = new CacheListener() {
        @Override
        public void itemsChanged(long folderId) {
            executor.runOnUiThread(() -> {
                if (folder.get() != null && folder.get().id() == folderId) {
                    gate.request();
                }
            });
        }
    };

    public TasksViewModel(Cache cache, CacheEdits edits, TaskExecutor executor, Clock clock) {
        this.cache = Objects.requireNonNull(cache, "cache");
        this.edits = Objects.requireNonNull(edits, "edits");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.clock = Objects.requireNonNull(clock, "clock");
        folder.addListener((o, a, f) -> {
            tasks.clear();
            selected.set(null);
            if (f != null) {
                gate.request();
            }
        });
        cache.addListener(listener);
    }

    public ObjectProperty<CachedFolder> folderProperty() {
        return folder;
    }

    public ObservableList<TaskRow> tasks() {
        return tasks;
    }

    public ObjectProperty<TaskRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public void refresh() {
        if (folder.get() != null) {
            gate.request();
        }
    }

    /** Marks a task complete or open again; the list shows it at once and the cache is written behind. */
    public void setDone(TaskRow task, boolean done) {
        if (task.done() == done) {
            return;
        }
        TaskRow changed = task.withDone(done);
        int at = tasks.indexOf(task);
        if (at >= 0) {
            tasks.set(at, changed);
        }
        save(changed);
    }

    /** Saves a new task ({@code itemId} 0) or the changes to one. */
    public void save(TaskRow task) {
        CachedFolder target = folder.get();
        if (target == null) {
            return;
        }
        executor.submit(() -> {
            if (task.itemId() == 0) {
                ItemContent content = task.content(Map.of(), clock.instant());
                Map<String, String> fields = new java.util.LinkedHashMap<>(content.fields());
                fields.values().removeIf(String::isEmpty);
                return edits.create(target.id(), new ItemContent(content.subject(), content.bodyText(), null,
                        content.date(), null, fields));
            }
            ItemDetail now = cache.item(task.itemId()).orElseThrow(
                    () -> new org.interchange.cache.api.CacheException("the task is no longer in the cache"));
            edits.update(task.itemId(), task.content(now.fields(), clock.instant()));
            return task.itemId();
        }, id -> {
            error.set(null);
            selectAfterLoad = id;
            gate.request();
        }, failure -> {
            error.set("Could not save the task: " + failure.getMessage());
            gate.request();
        });
    }

    public void delete(TaskRow task) {
        executor.submit(() -> edits.delete(task.itemId(), DeleteMode.TO_DELETED_ITEMS), done -> error.set(null),
                failure -> error.set("Could not delete the task: " + failure.getMessage()));
    }

    public void dispose() {
        cache.removeListener(listener);
    }

    private void load(Runnable done) {
        CachedFolder f = folder.get();
        if (f == null) {
            done.run();
            return;
        }
        executor.submit(() -> {
            List<TaskRow> rows = new java.util.ArrayList<>(FolderDetails.read(cache, f.id(), ItemSort.DATE_ASC, TaskRow::of));
            rows.sort(ORDER);
            return rows;
        }, rows -> {
            if (f.equals(folder.get())) {
                error.set(null);
                long keep = selectAfterLoad != 0 ? selectAfterLoad : selected.get() == null ? 0 : selected.get().itemId();
                selectAfterLoad = 0;
                tasks.setAll(rows);
                selected.set(rows.stream().filter(t -> t.itemId() == keep).findFirst().orElse(null));
            }
            done.run();
        }, failure -> {
            error.set("Could not read the tasks: " + failure.getMessage());
            done.run();
        });
    }
}
