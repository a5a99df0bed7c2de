package org.interchange.ui.notes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ObservableList;
import org.interchange.cache.api.Cache;
import org.interchange.cache.api.CacheEdits;
import org.interchange.cache.api.CachedFolder;
import org.interchange.cache.api.DeleteMode;
import org.interchange.cache.api.ItemContent;
import org.interchange.cache.api.ItemSort;
import org.interchange.ui.TaskExecutor;
import org.interchange.ui.internal.FolderDetails;
import org.interchange.ui.internal.FolderItemList;

/**
 * The notes view's model ([MS-OXONOTE] 2.2.1): the notes of the open folder, newest first, the selected
 * one, and creating, saving (text and colour) and deleting through {@link CacheEdits} on the {@link TaskExecutor}.
 */
public final class NotesViewModel {
    private final CacheEdits edits;
    private final FolderItemList<NoteRow> list;

    public NotesViewModel(Cache cache, CacheEdits edits, TaskExecutor executor) {
        Objects.requireNonNull(cache, "cache");
        this.edits = Objects.requireNonNull(edits, "edits");
        list = new FolderItemList<>(cache, executor, f -> newestFirst(cache, f), NoteRow::itemId, "notes");
    }

    public ObjectProperty<CachedFolder> folderProperty() {
        return list.folderProperty();
    }

    public ObservableList<NoteRow> notes() {
        return list.rows();
    }

    public ObjectProperty<NoteRow> selectedProperty() {
        return list.selectedProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return list.errorProperty();
    }

    public void refresh() {
        list.refresh();
    }

    /** Saves a note's text and colour: a new note when {@code itemId} is 0. Unchanged notes are not written. */
    public void save(NoteRow note, String text, int color) {
        CachedFolder target = list.folderProperty().get();
        if (target == null || (note.itemId() != 0 && note.text().equals(text) && note.color() == color)) {
            return;
        }
        ItemContent typed = ItemContent.note(text, color);
        list.save(() -> {
            // the list orders notes by their last change, which the cache keeps in the date column
            ItemContent content = new ItemContent(typed.subject(), typed.bodyText(), null, Instant.now(), null,
                    typed.fields());
            if (note.itemId() == 0) {
                return edits.create(target.id(), content);
            }
            edits.update(note.itemId(), content);
            return note.itemId();
        }, "Could not save the note");
    }

    public void delete(NoteRow note) {
        if (note.itemId() == 0) {
            return;
        }
        list.write(() -> edits.delete(note.itemId(), DeleteMode.TO_DELETED_ITEMS), "Could not delete the note");
    }

    public void dispose() {
        list.dispose();
    }

    private static List<NoteRow> newestFirst(Cache cache, CachedFolder folder) {
        List<NoteRow> rows = new ArrayList<>(FolderDetails.read(cache, folder.id(), ItemSort.DATE_DESC, NoteRow::of));
        rows.sort(Comparator.comparing(NoteRow::modified, Comparator.nullsLast(Comparator.reverseOrder())));
        return rows;
    }
}
