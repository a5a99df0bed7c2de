package org.interchange.ui.tasks;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ObservableList;
import org.interchange.cache.api.Cache;
import org.interchange.cache.api.CacheEdits;
import org.interchange.cache.api.CacheException;
import org.interchange.cache.api.CachedFolder;
import org.interchange.cache.api.DeleteMode;
import org.interchange.cache.api.ItemDetail;
import org.interchange.cache.api.ItemSort;
import org.interchange.ui.TaskExecutor;
import org.interchange.ui.internal.FolderDetails;
import org.interchange.ui.internal.FolderItemList;
import org.interchange.ui.internal.NewItems;

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
    private final Clock clock;
    private final FolderItemList<TaskRow> list;

    public TasksViewModel(Cache cache, CacheEdits edits, TaskExecutor executor, Clock clock) {
        this.cache = Objects.requireNonNull(cache, "cache");
        this.edits = Objects.requireNonNull(edits, "edits");
        this.clock = Objects.requireNonNull(clock, "clock");
        list = new FolderItemList<>(cache, executor, this::openFirst, TaskRow::itemId, "tasks");
    }

    public ObjectProperty<CachedFolder> folderProperty() {
        return list.folderProperty();
    }

    public ObservableList<TaskRow> tasks() {
        return list.rows();
    }

    public ObjectProperty<TaskRow> selectedProperty() {
        return list.selectedProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return list.errorProperty();
    }

    public void refresh() {
        list.refresh();
    }

    /** Marks a task complete or open again; the list shows it at once and the cache is written behind. */
    public void setDone(TaskRow task, boolean done) {
        if (task.done() == done) {
            return;
        }
        TaskRow changed = task.withDone(done);
        int at = list.rows().indexOf(task);
        if (at >= 0) {
            list.rows().set(at, changed);
        }
        save(changed);
    }

    /** Saves a new task ({@code itemId} 0) or the changes to one. */
    public void save(TaskRow task) {
        CachedFolder target = list.folderProperty().get();
        if (target == null) {
            return;
        }
        list.save(() -> {
            if (task.itemId() == 0) {
                return edits.create(target.id(), NewItems.withoutEmptyFields(task.content(Map.of(), clock.instant())));
            }
            ItemDetail now = cache.item(task.itemId())
                    .orElseThrow(() -> new CacheException("the task is no longer in the cache"));
            edits.update(task.itemId(), task.content(now.fields(), clock.instant()));
            return task.itemId();
        }, "Could not save the task");
    }

    public void delete(TaskRow task) {
        list.write(() -> edits.delete(task.itemId(), DeleteMode.TO_DELETED_ITEMS), "Could not delete the task");
    }

    public void dispose() {
        list.dispose();
    }

    private List<TaskRow> openFirst(CachedFolder folder) {
        List<TaskRow> rows = new ArrayList<>(FolderDetails.read(cache, folder.id(), ItemSort.DATE_ASC, TaskRow::of));
        rows.sort(ORDER);
        return rows;
    }
}
