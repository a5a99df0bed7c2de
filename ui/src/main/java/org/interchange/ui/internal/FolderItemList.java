package org.interchange.ui.internal;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.interchange.cache.api.Cache;
import org.interchange.cache.api.CacheListener;
import org.interchange.cache.api.CachedFolder;
import org.interchange.ui.TaskExecutor;

/**
 * The open folder of a contacts, tasks or notes view ([MS-OXCTABL] 2.2.2 as the cache gives it): its rows read
 * in the background whenever the folder or its items change, the selected row kept across reloads (or the row
 * just saved selected), and the error line of the view.
 *
 * @param <R> one row of the view
 */
public final class FolderItemList<R> {
    private final Cache cache;
    private final TaskExecutor executor;
    private final Function<CachedFolder, List<R>> reader;
    private final ToLongFunction<R> idOf;
    private final String plural;
    private final RefreshGate gate = new RefreshGate(this::load);
    private final ObjectProperty<CachedFolder> folder = new SimpleObjectProperty<>();
    private final ObservableList<R> rows = FXCollections.observableArrayList();
    private final ObjectProperty<R> selected = new SimpleObjectProperty<>();
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

    /**
     * @param reader reads a folder's rows in the view's order; it runs on a background thread
     * @param idOf   the cache item id of a row
     * @param plural what the rows are, for the error line ("contacts")
     */
    public FolderItemList(Cache cache, TaskExecutor executor, Function<CachedFolder, List<R>> reader,
            ToLongFunction<R> idOf, String plural) {
        this.cache = Objects.requireNonNull(cache, "cache");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.idOf = Objects.requireNonNull(idOf, "idOf");
        this.plural = Objects.requireNonNull(plural, "plural");
        folder.addListener((o, a, f) -> {
            rows.clear();
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

    /** The rows of the open folder as last read. */
    public ObservableList<R> rows() {
        return rows;
    }

    public ObjectProperty<R> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Reads the folder again. */
    public void refresh() {
        if (folder.get() != null) {
            gate.request();
        }
    }

    /**
     * Runs a write that returns the id of the item it saved; on success the folder is read again with that
     * item selected, on failure {@code failure} and the reason go to the error line and the folder is read
     * again, so the view shows what the cache holds.
     */
    public void save(Callable<Long> write, String failure) {
        executor.submit(write, id -> {
            error.set(null);
            selectAfterLoad = id;
            gate.request();
        }, e -> {
            error.set(failure + ": " + e.getMessage());
            gate.request();
        });
    }

    /** Runs a write whose effect arrives through the cache's change events; a failure goes to the error line. */
    public void write(Callable<?> write, String failure) {
        executor.submit(write, done -> error.set(null), e -> error.set(failure + ": " + e.getMessage()));
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
        executor.submit(() -> reader.apply(f), read -> {
            if (f.equals(folder.get())) {
                error.set(null);
                long keep = selectAfterLoad != 0 ? selectAfterLoad
                        : selected.get() == null ? 0 : idOf.applyAsLong(selected.get());
                selectAfterLoad = 0;
                rows.setAll(read);
                selected.set(read.stream().filter(r -> idOf.applyAsLong(r) == keep).findFirst().orElse(null));
            }
            done.run();
        }, e -> {
            error.set("Could not read the " + plural + ": " + e.getMessage());
            done.run();
        });
    }
}
