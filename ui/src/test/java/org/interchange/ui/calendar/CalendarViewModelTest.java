package org.interchange.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.interchange.cache.api.CachedFolder;
import org.interchange.cache.api.FolderKind;
import org.interchange.cache.api.ItemFields;
import org.interchange.ui.FakeCache;
import org.interchange.ui.FakeTaskExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CalendarViewModelTest {
    private final FakeCache cache = new FakeCache();
    private final FakeTaskExecutor executor = new FakeTaskExecutor();
    private CachedFolder work;
    private CachedFolder home;
    private CalendarViewModel model;

    @BeforeEach
    void setUp() {
        cache.addAccount("a", "alice@example.org");
        cache.addFolder("a", "inbox", null, "Inbox", FolderKind.MAIL);
        work = cache.addFolder("a", "cal", null, "Calendar", FolderKind.CALENDAR);
        home = cache.addFolder("a", "home", "cal", "Family", FolderKind.CALENDAR);
        model = new CalendarViewModel(cache, cache, executor, ZoneOffset.UTC);
    }

    @Test
    void listsEveryCalendarFolderWithItsOwnColour() {
        model.refresh();
        executor.runAll();
        assertThat(model.calendars()).extracting(CalendarSource::name, CalendarSource::colour)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Calendar", 0),
                        org.assertj.core.groups.Tuple.tuple("Family", 1));
    }

    @Test
    void showsSingleAppointmentsInTheWindowAndExpandsSeries() {
        cache.addItem(work, "Planning", "alice", Instant.parse("2026-11-30T09:00:00Z"), true, "", null,
                Map.of(ItemFields.LOCATION, "Room 1"), List.of());
        cache.addItem(work, "Long ago", "alice", Instant.parse("2025-01-01T09:00:00Z"), true, "", null, Map.of(),
                List.of());
        cache.addItem(home, "Standup", "alice", Instant.parse("2026-11-02T08:00:00Z"), true, "", null,
                Map.of(ItemFields.RECURRENCE, "Every weekday, 08:00-09:00"), List.of());

        model.show(Instant.parse("2026-11-30T00:00:00Z"), Instant.parse("2026-12-05T00:00:00Z"));
        executor.runAll();

        assertThat(model.entries()).extracting(CalendarEntry::title, CalendarEntry::start).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Standup", Instant.parse("2026-11-30T08:00:00Z")),
                org.assertj.core.groups.Tuple.tuple("Planning", Instant.parse("2026-11-30T09:00:00Z")),
                org.assertj.core.groups.Tuple.tuple("Standup", Instant.parse("2026-12-01T08:00:00Z")),
                org.assertj.core.groups.Tuple.tuple("Standup", Instant.parse("2026-12-02T08:00:00Z")),
                org.assertj.core.groups.Tuple.tuple("Standup", Instant.parse("2026-12-03T08:00:00Z")),
                org.assertj.core.groups.Tuple.tuple("Standup", Instant.parse("2026-12-04T08:00:00Z")));
        CalendarEntry standup = model.entries().getFirst();
        assertThat(standup.recurring()).isTrue();
        assertThat(standup.folderId()).isEqualTo(home.id());
        assertThat(standup.end()).isEqualTo(Instant.parse("2026-11-30T09:00:00Z"));
        assertThat(standup.seriesStart()).isEqualTo(Instant.parse("2026-11-02T08:00:00Z"));
        assertThat(model.entries().get(1).location()).isEqualTo("Room 1");
    }

    @Test
    void nearbyWindowsWidenTheShownSpanAndFarOnesReplaceIt() {
        model.show(Instant.parse("2026-11-30T00:00:00Z"), Instant.parse("2026-12-07T00:00:00Z"));
        model.show(Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-12-01T00:00:00Z"));
        assertThat(model.windowProperty().get()).isEqualTo(new CalendarViewModel.Window(
                Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-12-07T00:00:00Z")));
        model.show(Instant.parse("2030-01-01T00:00:00Z"), Instant.parse("2030-01-08T00:00:00Z"));
        assertThat(model.windowProperty().get().from()).isEqualTo(Instant.parse("2030-01-01T00:00:00Z"));
    }

    @Test
    void rereadsWhenACalendarFolderChangesButNotForMail() {
        model.show(Instant.parse("2026-11-30T00:00:00Z"), Instant.parse("2026-12-07T00:00:00Z"));
        executor.runAll();
        assertThat(model.entries()).isEmpty();
        cache.addItem(work, "New", "alice", Instant.parse("2026-12-01T10:00:00Z"), true, "", null, Map.of(), List.of());
        cache.fireItemsChanged(cache.folders("a").getFirst().id());
        assertThat(executor.pending()).isZero();
        cache.fireItemsChanged(work.id());
        executor.runAll();
        assertThat(model.entries()).extracting(CalendarEntry::title).containsExactly("New");
    }

    @Test
    void createMoveRenameAndDeleteGoThroughTheCacheEdits() {
        model.show(Instant.parse("2026-11-30T00:00:00Z"), Instant.parse("2026-12-07T00:00:00Z"));
        executor.runAll();
        model.create(work.id(), "Kickoff", Instant.parse("2026-12-01T10:00:00Z"), Instant.parse("2026-12-01T10:00:00Z"));
        executor.runAll();
        CalendarEntry kickoff = model.entries().getFirst();
        assertThat(kickoff.title()).isEqualTo("Kickoff");
        assertThat(kickoff.end()).isEqualTo(Instant.parse("2026-12-01T11:00:00Z")); // at least an hour

        model.move(kickoff, Instant.parse("2026-12-02T14:00:00Z"), Instant.parse("2026-12-02T16:00:00Z"));
        executor.runAll();
        assertThat(model.entries()).extracting(CalendarEntry::start, CalendarEntry::end).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Instant.parse("2026-12-02T14:00:00Z"),
                        Instant.parse("2026-12-02T16:00:00Z")));

        model.rename(model.entries().getFirst(), "Kickoff 2027", "Room 5");
        executor.runAll();
        assertThat(model.entries().getFirst().title()).isEqualTo("Kickoff 2027");
        assertThat(model.entries().getFirst().location()).isEqualTo("Room 5");

        model.delete(model.entries().getFirst());
        executor.runAll();
        assertThat(model.entries()).isEmpty();
        assertThat(cache.edits).hasSize(4).last().asString().endsWith("TO_DELETED_ITEMS");
    }

    @Test
    void movingAnOccurrenceShiftsTheWholeSeriesAndKeepsItsRule() {
        cache.addItem(home, "Standup", "alice", Instant.parse("2026-11-02T08:00:00Z"), true, "", null,
                Map.of(ItemFields.RECURRENCE, "Every weekday, 08:00-09:00"), List.of());
        model.show(Instant.parse("2026-11-30T00:00:00Z"), Instant.parse("2026-12-01T00:00:00Z"));
        executor.runAll();
        CalendarEntry monday = model.entries().getFirst();
        model.move(monday, Instant.parse("2026-11-30T09:30:00Z"), Instant.parse("2026-11-30T10:30:00Z"));
        executor.runAll();
        assertThat(model.entries()).extracting(CalendarEntry::start).containsExactly(
                Instant.parse("2026-11-30T09:30:00Z"));
        assertThat(cache.item(monday.itemId()).orElseThrow().summary().date())
                .isEqualTo(Instant.parse("2026-11-02T09:30:00Z"));
        assertThat(cache.item(monday.itemId()).orElseThrow().field(ItemFields.RECURRENCE)).startsWith("Every weekday");
    }

    @Test
    void aFailedEditIsReported() {
        model.show(Instant.parse("2026-11-30T00:00:00Z"), Instant.parse("2026-12-07T00:00:00Z"));
        executor.runAll();
        cache.failReads = new org.interchange.cache.api.CacheException("read-only");
        model.create(work.id(), "X", Instant.parse("2026-12-01T10:00:00Z"), Instant.parse("2026-12-01T11:00:00Z"));
        executor.runNext();
        assertThat(model.errorProperty().get()).isEqualTo("Could not create the appointment: read-only");
        executor.runAll(); // the calendars are read again and that fails too
        assertThat(executor.pending()).isZero();
        assertThat(model.errorProperty().get()).contains("read-only");
    }

    @Test
    void aFailedReadIsReported() {
        cache.failReads = new org.interchange.cache.api.CacheException("locked");
        model.refresh();
        executor.runAll();
        assertThat(model.errorProperty().get()).contains("locked");
    }
}
