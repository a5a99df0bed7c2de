package org.interchange.ui.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.interchange.cache.api.CachedFolder;
import org.interchange.cache.api.FolderKind;
import org.interchange.cache.api.ItemFields;
import org.interchange.cache.api.PimFields;
import org.interchange.ui.FakeCache;
import org.interchange.ui.FakeTaskExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReminderServiceTest {
    private static final Instant NOW = Instant.parse("2026-11-30T08:50:00Z");
    private final FakeCache cache = new FakeCache();
    private final FakeTaskExecutor executor = new FakeTaskExecutor();
    private final MutableClock clock = new MutableClock(NOW);
    private CachedFolder calendar;
    private ReminderService service;

    @BeforeEach
    void setUp() {
        cache.addAccount("a", "alice@example.org");
        calendar = cache.addFolder("a", "cal", null, "Calendar", FolderKind.CALENDAR);
        service = new ReminderService(cache, cache, executor, clock, ZoneOffset.UTC);
    }

    @Test
    void aReminderIsDueFromItsLeadTimeUntilTheAppointmentEnds() {
        cache.addItem(calendar, "Standup", "bob", Instant.parse("2026-11-30T09:00:00Z"), true, "", null,
                Map.of(PimFields.REMINDER_MINUTES, "15", ItemFields.LOCATION, "Room 4"), List.of());
        cache.addItem(calendar, "Lunch", "bob", Instant.parse("2026-11-30T12:00:00Z"), true, "", null,
                Map.of(PimFields.REMINDER_MINUTES, "15"), List.of());
        cache.addItem(calendar, "No reminder", "bob", Instant.parse("2026-11-30T08:55:00Z"), true, "", null,
                Map.of(), List.of());
        service.start();
        executor.runAll();

        assertThat(service.due()).extracting(Reminder::title, Reminder::due, Reminder::location).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Standup", Instant.parse("2026-11-30T08:45:00Z"), "Room 4"));
        assertThat(executor.activeTimers()).containsExactly(ReminderService.PERIOD);

        // a tick without changes in the cache does not read it again
        int reads = cache.pageReads.size();
        executor.fireTimers();
        executor.runAll();
        assertThat(cache.pageReads).hasSize(reads);
        assertThat(service.due()).hasSize(1);

        clock.now = Instant.parse("2026-11-30T10:00:01Z"); // the standup is over
        executor.fireTimers();
        executor.runAll();
        assertThat(service.due()).isEmpty();
        service.stop();
        assertThat(executor.activeTimers()).isEmpty();
    }

    @Test
    void snoozingHidesTheReminderForAWhileAndDismissingForGood() {
        cache.addItem(calendar, "Standup", "bob", Instant.parse("2026-11-30T09:00:00Z"), true, "", null,
                Map.of(PimFields.REMINDER_MINUTES, "15"), List.of());
        service.check();
        executor.runAll();
        Reminder standup = service.due().getFirst();

        service.snooze(standup, Duration.ofMinutes(5));
        assertThat(service.due()).isEmpty();
        executor.runAll();
        assertThat(cache.item(standup.itemId()).orElseThrow().fields())
                .containsEntry(PimFields.REMINDER_NEXT, "2026-11-30T08:55:00Z");
        service.check();
        executor.runAll();
        assertThat(service.due()).isEmpty();

        clock.now = Instant.parse("2026-11-30T08:56:00Z");
        service.check();
        executor.runAll();
        assertThat(service.due()).hasSize(1);

        service.dismiss(service.due().getFirst());
        executor.runAll();
        service.check();
        executor.runAll();
        assertThat(service.due()).isEmpty();
        assertThat(cache.item(standup.itemId()).orElseThrow().fields())
                .containsEntry(PimFields.REMINDER_NEXT, "2026-11-30T10:00:00Z");
    }

    @Test
    void eachOccurrenceOfASeriesRemindsAndDismissingOneLeavesTheNext() {
        cache.addItem(calendar, "Standup", "bob", Instant.parse("2026-11-02T09:00:00Z"), true, "", null,
                Map.of(PimFields.RECURRENCE_RULE, "FREQ=DAILY", PimFields.REMINDER_MINUTES, "15",
                        PimFields.DELETED_OCCURRENCES, "2026-12-01T09:00:00Z"), List.of());
        service.check();
        executor.runAll();
        assertThat(service.due()).extracting(Reminder::start).containsExactly(Instant.parse("2026-11-30T09:00:00Z"));
        service.dismiss(service.due().getFirst());
        executor.runAll();

        clock.now = Instant.parse("2026-12-01T08:50:00Z"); // that day's occurrence was deleted
        service.check();
        executor.runAll();
        assertThat(service.due()).isEmpty();
        clock.now = Instant.parse("2026-12-02T08:50:00Z");
        service.check();
        executor.runAll();
        assertThat(service.due()).extracting(Reminder::start).containsExactly(Instant.parse("2026-12-02T09:00:00Z"));
    }

    @Test
    void anOpenTaskRemindsFromItsLeadTimeUntilDoneOrDismissedWhateverTheViewsShow() {
        CachedFolder tasks = cache.addFolder("a", "tasks", null, "Tasks", FolderKind.TASKS);
        cache.addItem(tasks, "File the report", null, Instant.parse("2026-11-30T09:00:00Z"), true, "", null,
                Map.of(PimFields.REMINDER_MINUTES, "30", ItemFields.TASK_STATUS, "1"), List.of());
        cache.addItem(tasks, "Already done", null, Instant.parse("2026-11-30T09:00:00Z"), true, "", null,
                Map.of(PimFields.REMINDER_MINUTES, "30", ItemFields.TASK_STATUS, "2"), List.of());
        cache.addItem(tasks, "Dismissed on the server", null, Instant.parse("2026-11-30T09:00:00Z"), true, "", null,
                Map.of(PimFields.REMINDER_MINUTES, "30", PimFields.REMINDER_NEXT, "dismissed"), List.of());
        cache.addItem(tasks, "Later", null, Instant.parse("2026-12-03T09:00:00Z"), true, "", null,
                Map.of(PimFields.REMINDER_MINUTES, "30"), List.of());
        service.check();
        executor.runAll();
        assertThat(service.due()).extracting(Reminder::title, Reminder::due).containsExactly(
                org.assertj.core.groups.Tuple.tuple("File the report", Instant.parse("2026-11-30T08:30:00Z")));

        clock.now = Instant.parse("2026-12-01T12:00:00Z"); // overdue: still reminding
        service.check();
        executor.runAll();
        Reminder report = service.due().getFirst();
        assertThat(report.title()).isEqualTo("File the report");

        service.dismiss(report);
        executor.runAll();
        assertThat(cache.item(report.itemId()).orElseThrow().fields())
                .containsEntry(PimFields.REMINDER_NEXT, ReminderCandidates.NEVER.toString());
        clock.now = Instant.parse("2026-12-03T08:31:00Z");
        service.check();
        executor.runAll();
        assertThat(service.due()).extracting(Reminder::title).containsExactly("Later");
    }

    /** A clock the test moves. */
    private static final class MutableClock extends Clock {
        volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
