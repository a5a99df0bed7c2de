package org.interchange.ui.notes;

import java.util.Comparator;
import java.util.List;
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
import org.interchange.cache.api.ItemSort;
import org.interchange.ui.TaskExecutor;
import org.interchange.ui.internal.FolderDetails;
import org.interchange.ui.internal.RefreshGate;

/**
 * The notes view's model ([MS-OXONOTE] 2.2.1): the notes of the open folder, newest first, the selected
 * one, and creating, saving (text and colour) and deleting through {@link CacheEdits} on the {@link TaskExecutor}.
 */
public final class NotesViewModel {
    private final Cache cache;
    private final CacheEdits edits;
    private final TaskExecutor executor;
    private final RefreshGate gate = new RefreshGate(this::load);
    private final ObjectProperty<CachedFolder> folder = new SimpleObjectProperty<>();
    private final ObservableList<NoteRow> notes = FXCollections.observableArrayList();
    private final ObjectProperty<NoteRow> selected = new SimpleObjectProperty<>();
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

    public NotesViewModel(Cache cache, CacheEdits edits, TaskExecutor executor) {
        this.cache = Objects.requireNonNull(cache, "cache");
        this.edits = Objects.requireNonNull(edits, "edits");
        this.executor = Objects.requireNonNull(executor, "executor");
        folder.addListener((o, a, f) -> {
            notes.clear();
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

    public ObservableList<NoteRow> notes() {
        return notes;
    }

    public ObjectProperty<NoteRow> selectedProperty() {
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

    /** Saves a note's text and colour: a new note when {@code itemId} is 0. Unchanged notes are not written. */
    public void save(NoteRow note, String text, int color) {
        CachedFolder target = folder.get();
        if (target == null || (note.itemId() != 0 && note.text().equals(text) && note.color() == color)) {
            return;
        }
        ItemContent typed = ItemContent.note(text, color);
        executor.submit(() -> {
            // the list orders notes by their last change, which the cache keeps in the date column
            ItemContent content = new ItemContent(typed.subject(), typed.bodyText(), null, java.time.Instant.now(), null,
                    typed.fields());
            if (note.itemId() == 0) {
                return edits.create(target.id(), content);
            }
            edits.update(note.itemId(), content);
            return note.itemId();
        }, id -> {
            error.set(null);
            selectAfterLoad = id;
            gate.request();
        }, failure -> error.set("Could not save the note: " + failure.getMessage()));
    }

    public void delete(NoteRow note) {
        if (note.itemId() == 0) {
            return;
        }
        executor.submit(() -> edits.delete(note.itemId(), DeleteMode.TO_DELETED_ITEMS), done -> error.set(null),
                failure -> error.set("Could not delete the note: " + failure.getMessage()));
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
            List<NoteRow> rows = new java.util.ArrayList<>(FolderDetails.read(cache, f.id(), ItemSort.DATE_DESC, NoteRow::of));
            rows.sort(Comparator.comparing(NoteRow::modified, Comparator.nullsLast(Comparator.reverseOrder())));
            return rows;
        }, rows -> {
            if (f.equals(folder.get())) {
                error.set(null);
                long keep = selectAfterLoad != 0 ? selectAfterLoad : selected.get() == null ? 0 : selected.get().itemId();
                selectAfterLoad = 0;
                notes.setAll(rows);
                selected.set(rows.stream().filter(n -> n.itemId() == keep).findFirst().orElse(null));
            }
            done.run();
        }, failure -> {
            error.set("Could not read the notes: " + failure.getMessage());
            done.run();
        });
    }
}
