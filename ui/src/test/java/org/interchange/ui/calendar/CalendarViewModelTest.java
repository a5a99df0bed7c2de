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
        model = new CalendarViewModel(cache, executor, ZoneOffset.UTC);
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
    void aFailedReadIsReported() {
        cache.failReads = new org.interchange.cache.api.CacheException("locked");
        model.refresh();
        executor.runAll();
        assertThat(model.errorProperty().get()).contains("locked");
    }
}
