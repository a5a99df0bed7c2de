package org.interchange.ui.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.interchange.cache.api.CachedFolder;
import org.interchange.cache.api.FolderKind;
import org.interchange.cache.api.ItemDetail;
import org.interchange.cache.api.ItemFields;
import org.interchange.ui.FakeCache;
import org.interchange.ui.FakeTaskExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NotesViewModelTest {
    private final FakeCache cache = new FakeCache();
    private final FakeTaskExecutor executor = new FakeTaskExecutor();
    private NotesViewModel model;

    @BeforeEach
    void setUp() {
        cache.addAccount("a", "alice@example.org");
        CachedFolder folder = cache.addFolder("a", "notes", null, "Notes", FolderKind.NOTES);
        cache.addItem(folder, "Old", null, Instant.parse("2026-01-01T00:00:00Z"), true, "Old\nnote", null,
                Map.of(ItemFields.NOTE_COLOR, "0"), List.of());
        cache.addItem(folder, "New", null, Instant.parse("2026-11-01T00:00:00Z"), true, "New note", null,
                Map.of(ItemFields.NOTE_COLOR, "9"), List.of());
        model = new NotesViewModel(cache, cache, executor);
        model.folderProperty().set(folder);
        executor.runAll();
    }

    @Test
    void notesAreListedNewestFirstWithTheirColours() {
        assertThat(model.notes()).extracting(NoteRow::title, NoteRow::color).containsExactly(
                org.assertj.core.groups.Tuple.tuple("New note", NoteRow.YELLOW),
                org.assertj.core.groups.Tuple.tuple("Old", NoteRow.BLUE));
    }

    @Test
    void savingWritesTextAndColourAndSkipsUnchangedNotes() {
        NoteRow old = model.notes().get(1);
        model.save(old, old.text(), old.color());
        assertThat(executor.pending()).isZero();

        model.save(old, "Old\nnote\nwith more", NoteRow.PINK);
        executor.runAll();
        ItemDetail saved = cache.item(old.itemId()).orElseThrow();
        assertThat(saved.bodyText()).isEqualTo("Old\nnote\nwith more");
        assertThat(saved.summary().subject()).isEqualTo("Old");
        assertThat(saved.fields()).containsEntry(ItemFields.NOTE_COLOR, "2");
        assertThat(model.selectedProperty().get().itemId()).isEqualTo(old.itemId());
    }

    @Test
    void aNewNoteIsCreatedAndDeletedNotesDisappear() {
        model.save(new NoteRow(0, "", NoteRow.YELLOW, null), "Call the plumber", NoteRow.GREEN);
        executor.runAll();
        assertThat(model.notes()).extracting(NoteRow::title).contains("Call the plumber");
        assertThat(model.selectedProperty().get().color()).isEqualTo(NoteRow.GREEN);

        model.delete(model.selectedProperty().get());
        executor.runAll();
        assertThat(model.notes()).extracting(NoteRow::title).doesNotContain("Call the plumber");
    }
}
