package org.interchange.ui.items;

import java.util.Objects;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.interchange.cache.api.CacheEdits;
import org.interchange.cache.api.CachedFolder;
import org.interchange.cache.api.DeleteMode;
import org.interchange.cache.api.ItemSummary;
import org.interchange.ui.TaskExecutor;

/**
 * What the user does to listed items besides reading them ([MS-OXOFLAG] 2.2.1.1 flag, [MS-OXCFOLD]
 * 2.2.1.11 delete, move): each runs in the background through {@link CacheEdits}; the lists follow
 * when the cache reports the change.
 */
public final class ItemActionsViewModel {
    private final CacheEdits edits;
    private final TaskExecutor executor;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();

    public ItemActionsViewModel(CacheEdits edits, TaskExecutor executor) {
        this.edits = Objects.requireNonNull(edits, "edits");
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Flags an unflagged item, unflags a flagged one (S). */
    public void toggleFlag(ItemSummary item) {
        if (item != null) {
            run("flag", () -> {
                edits.setFlagged(item.id(), !item.flagged());
                return null;
            });
        }
    }

    /** Moves the item to Deleted Items, or deletes it for good when {@code permanently} (Shift+Delete). */
    public void delete(ItemSummary item, boolean permanently) {
        if (item != null) {
            run("delete", () -> edits.delete(item.id(),
                    permanently ? DeleteMode.PERMANENTLY : DeleteMode.TO_DELETED_ITEMS));
        }
    }

    /** Moves the item with this id to {@code target}, e.g. dropped on a folder; a drop on its own folder does nothing. */
    public void move(long itemId, long fromFolderId, CachedFolder target) {
        if (target != null && target.id() != fromFolderId) {
            run("move", () -> edits.move(itemId, target.id()));
        }
    }

    private void run(String what, Callable<?> work) {
        executor.submit(work, done -> error.set(null),
                failure -> error.set("Could not " + what + " the item: " + failure.getMessage()));
    }
}
