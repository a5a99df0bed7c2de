package org.interchange.ui.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.interchange.cache.api.CachedFolder;
import org.interchange.cache.api.FolderKind;
import org.interchange.cache.api.ItemDetail;
import org.interchange.cache.api.ItemFields;
import org.interchange.cache.api.PimFields;
import org.interchange.ui.FakeCache;
import org.interchange.ui.FakeTaskExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TasksViewModelTest {
    private static final Instant NOW = Instant.parse("2026-11-29T20:00:00Z");
    private final FakeCache cache = new FakeCache();
    private final FakeTaskExecutor executor = new FakeTaskExecutor();
    private CachedFolder folder;
    private TasksViewModel model;

    @BeforeEach
    void setUp() {
        cache.addAccount("a", "alice@example.org");
        folder = cache.addFolder("a", "tasks", null, "Tasks", FolderKind.TASKS);
        cache.addItem(folder, "Later", null, Instant.parse("2026-12-20T00:00:00Z"), true, "", null,
                Map.of(ItemFields.TASK_STATUS, "0", ItemFields.PERCENT_COMPLETE, "0.0",
                        ItemFields.START_DATE, "2026-12-01T00:00:00Z"), List.of());
        cache.addItem(folder, "Soon", null, Instant.parse("2026-12-01T00:00:00Z"), true, "", null,
                Map.of(ItemFields.TASK_STATUS, "1", ItemFields.PERCENT_COMPLETE, "0.4"), List.of());
        cache.addItem(folder, "Done already", null, Instant.parse("2026-11-01T00:00:00Z"), true, "", null,
                Map.of(ItemFields.TASK_STATUS, "2", ItemFields.PERCENT_COMPLETE, "1.0"), List.of());
        model = new TasksViewModel(cache, cache, executor, Clock.fixed(NOW, ZoneOffset.UTC));
        model.folderProperty().set(folder);
        executor.runAll();
    }

    @Test
    void openTasksComeFirstByDueDateWithStatusAndPercent() {
        assertThat(model.tasks()).extracting(TaskRow::subject).containsExactly("Soon", "Later", "Done already");
        TaskRow soon = model.tasks().getFirst();
        assertThat(soon.statusName()).isEqualTo("In progress");
        assertThat(soon.percentComplete()).isEqualTo(0.4);
    }

    @Test
    void aTaskShowsItsCategoriesAndKeepsThemWhenDoneOrEdited() {
        CachedFolder errands = cache.addFolder("a", "errands", null, "Errands", FolderKind.TASKS);
        cache.addItem(errands, "Pay rent", null, Instant.parse("2026-12-01T00:00:00Z"), true, "", null,
                Map.of(ItemFields.TASK_STATUS, "0", ItemFields.CATEGORIES, "Errand\nRed category"), List.of());
        model.folderProperty().set(errands);
        executor.runAll();
        TaskRow rent = model.tasks().getFirst();
        assertThat(rent.categories()).containsExactly("Errand", "Red category");

        model.setDone(rent, true);
        assertThat(model.tasks().getFirst().categories()).containsExactly("Errand", "Red category");
        executor.runAll();
        assertThat(cache.item(rent.itemId()).orElseThrow().field(ItemFields.CATEGORIES))
                .isEqualTo("Errand\nRed category");
        assertThat(new TaskEditorViewModel(model.tasks().getFirst(), ZoneOffset.UTC).task().categories())
                .containsExactly("Errand", "Red category");
    }

    @Test
    void markingDoneCompletesTheTaskAndKeepsItsStartDate() {
        TaskRow later = model.tasks().get(1);
        model.setDone(later, true);
        assertThat(model.tasks().get(1).done()).isTrue(); // shown at once
        executor.runAll();

        ItemDetail saved = cache.item(later.itemId()).orElseThrow();
        assertThat(saved.fields()).containsEntry(ItemFields.TASK_STATUS, "2").containsEntry(ItemFields.PERCENT_COMPLETE, "1.0")
                .containsEntry(ItemFields.START_DATE, "2026-12-01T00:00:00Z")
                .containsEntry(PimFields.TASK_COMPLETED, NOW.toString());
        assertThat(model.tasks()).extracting(TaskRow::subject).containsExactly("Soon", "Done already", "Later");

        model.setDone(model.tasks().get(2), false);
        executor.runAll();
        assertThat(cache.item(later.itemId()).orElseThrow().fields()).containsEntry(ItemFields.TASK_STATUS, "0")
                .containsEntry(PimFields.TASK_COMPLETED, "");
    }

    @Test
    void theEditorKeepsStatusAndPercentInStep() {
        TaskEditorViewModel form = new TaskEditorViewModel(model.tasks().getFirst(), ZoneOffset.UTC);
        form.percentProperty().set(100);
        assertThat(form.statusProperty().get()).isEqualTo(TaskRow.COMPLETE);
        form.statusProperty().set(TaskRow.WAITING);
        assertThat(form.percentProperty().get()).isEqualTo(99);
        form.statusProperty().set(TaskRow.NOT_STARTED);
        assertThat(form.percentProperty().get()).isZero();
        form.percentProperty().set(30);
        assertThat(form.statusProperty().get()).isEqualTo(TaskRow.IN_PROGRESS);
    }

    @Test
    void aNewTaskIsCreatedWithItsDueDayAndAnEditChangesTheSubject() {
        TaskEditorViewModel form = new TaskEditorViewModel(new TaskRow(0, "", null, 0, 0, ""), ZoneOffset.UTC);
        assertThat(form.problemProperty().get()).isEqualTo("Give the task a subject.");
        form.subjectProperty().set("File the taxes");
        form.dueProperty().set(LocalDate.of(2027, 4, 15));
        model.save(form.task());
        executor.runAll();
        TaskRow created = model.selectedProperty().get();
        assertThat(created.subject()).isEqualTo("File the taxes");
        assertThat(created.due()).isEqualTo(Instant.parse("2027-04-15T00:00:00Z"));

        TaskEditorViewModel edit = new TaskEditorViewModel(created, ZoneOffset.UTC);
        edit.subjectProperty().set("File the taxes (2026)");
        edit.notesProperty().set("Receipts are in the drawer");
        model.save(edit.task());
        executor.runAll();
        ItemDetail saved = cache.item(created.itemId()).orElseThrow();
        assertThat(saved.summary().subject()).isEqualTo("File the taxes (2026)");
        assertThat(saved.bodyText()).isEqualTo("Receipts are in the drawer");
    }
}
