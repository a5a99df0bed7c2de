package org.interchange.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.interchange.cache.api.CachedFolder;
import org.interchange.cache.api.FolderKind;
import org.interchange.cache.api.ItemDetail;
import org.interchange.cache.api.ItemFields;
import org.interchange.cache.api.OccurrenceChange;
import org.interchange.cache.api.PimFields;
import org.interchange.ui.FakeCache;
import org.interchange.ui.FakeTaskExecutor;
import org.interchange.ui.calendar.CalendarViewModel.Scope;
import org.interchange.ui.calendar.RecurrenceEditorViewModel.Ending;
import org.interchange.ui.calendar.RecurrenceEditorViewModel.Repeat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Creating, editing, moving and deleting appointments and single occurrences of series through the view-models. */
class AppointmentEditingTest {
    private static final Instant MONDAY_9 = Instant.parse("2026-11-30T09:00:00Z");
    private final FakeCache cache = new FakeCache();
    private final FakeTaskExecutor executor = new FakeTaskExecutor();
    private CachedFolder work;
    private CachedFolder home;
    private CalendarViewModel model;

    @BeforeEach
    void setUp() {
        cache.addAccount("a", "alice@example.org");
        work = cache.addFolder("a", "cal", null, "Calendar", FolderKind.CALENDAR);
        home = cache.addFolder("a", "home", null, "Family", FolderKind.CALENDAR);
        model = new CalendarViewModel(cache, cache, executor, ZoneOffset.UTC);
        model.show(Instant.parse("2026-11-30T00:00:00Z"), Instant.parse("2026-12-07T00:00:00Z"));
        executor.runAll();
    }

    @Test
    void theEditorMakesAWeeklySeriesWithAReminderThatIsWrittenAsAnRRule() {
        AppointmentEditorViewModel editor = new AppointmentEditorViewModel(model.newForm(work.id(), MONDAY_9),
                model.calendars(), ZoneOffset.UTC, false);
        assertThat(editor.problemProperty().get()).isEqualTo("Give the appointment a title.");
        editor.titleProperty().set("Gym");
        editor.locationProperty().set("Downtown");
        editor.reminderProperty().set(30);
        editor.recurrence().repeatProperty().set(Repeat.WEEKLY);
        editor.recurrence().dayProperty(DayOfWeek.WEDNESDAY).set(true);
        editor.recurrence().endingProperty().set(Ending.AFTER_COUNT);
        editor.recurrence().countProperty().set(4);
        assertThat(editor.problemProperty().get()).isNull();

        model.save(editor.form(), null, Scope.SERIES);
        executor.runAll();

        ItemDetail created = only("Gym");
        assertThat(created.fields()).containsEntry(PimFields.RECURRENCE_RULE, "FREQ=WEEKLY;BYDAY=MO,WE;COUNT=4")
                .containsEntry(PimFields.REMINDER_MINUTES, "30").containsEntry(ItemFields.LOCATION, "Downtown")
                .doesNotContainKey(PimFields.DELETED_OCCURRENCES);
        assertThat(created.summary().date()).isEqualTo(MONDAY_9);
        assertThat(created.summary().endDate()).isEqualTo(MONDAY_9.plusSeconds(3600));
        assertThat(model.entries()).extracting(CalendarEntry::start).containsExactly(MONDAY_9,
                Instant.parse("2026-12-02T09:00:00Z"));
    }

    @Test
    void theEditorRefusesAnEndBeforeTheStartAndAWeeklySeriesWithoutDays() {
        AppointmentEditorViewModel editor = new AppointmentEditorViewModel(model.newForm(work.id(), MONDAY_9),
                model.calendars(), ZoneOffset.UTC, false);
        editor.titleProperty().set("Broken");
        editor.endTimeProperty().set(LocalTime.of(8, 0));
        assertThat(editor.problemProperty().get()).isEqualTo("The appointment ends before it starts.");
        editor.endTimeProperty().set(LocalTime.of(10, 0));
        editor.recurrence().repeatProperty().set(Repeat.WEEKLY);
        editor.recurrence().dayProperty(DayOfWeek.MONDAY).set(false);
        assertThat(editor.problemProperty().get()).isEqualTo("Choose at least one day of the week.");
        assertThatThrownBy(editor::form).isInstanceOf(IllegalStateException.class);
        editor.recurrence().dayProperty(DayOfWeek.FRIDAY).set(true);
        editor.recurrence().endingProperty().set(Ending.BY_DATE);
        editor.recurrence().untilProperty().set(LocalDate.of(2026, 1, 1));
        assertThat(editor.problemProperty().get()).isEqualTo("The series must end on or after its first day.");
    }

    @Test
    void anAllDayAppointmentEndsAtTheNextMidnightAndMovingTheStartDayKeepsItsLength() {
        AppointmentEditorViewModel editor = new AppointmentEditorViewModel(model.newForm(work.id(), MONDAY_9),
                model.calendars(), ZoneOffset.UTC, false);
        editor.titleProperty().set("Holiday");
        editor.allDayProperty().set(true);
        editor.startDateProperty().set(LocalDate.of(2026, 12, 3));
        AppointmentForm form = editor.form();
        assertThat(form.start()).isEqualTo(Instant.parse("2026-12-03T00:00:00Z"));
        assertThat(form.end()).isEqualTo(Instant.parse("2026-12-04T00:00:00Z"));
        // reopened, the editor shows the same single day
        AppointmentEditorViewModel again = new AppointmentEditorViewModel(form, model.calendars(), ZoneOffset.UTC, false);
        assertThat(again.endDateProperty().get()).isEqualTo(LocalDate.of(2026, 12, 3));
    }

    @Test
    void deletingOneOccurrenceKeepsTheSeriesAndHidesOnlyThatDay() {
        seriesOfWeekdays();
        CalendarEntry wednesday = entryOn("2026-12-02");

        model.delete(wednesday, Scope.OCCURRENCE);
        executor.runAll();

        assertThat(only("Standup").fields().get(PimFields.DELETED_OCCURRENCES)).isEqualTo("2026-12-02T08:00:00Z");
        assertThat(model.entries()).extracting(e -> e.start().toString()).containsExactly("2026-11-30T08:00:00Z",
                "2026-12-01T08:00:00Z", "2026-12-03T08:00:00Z", "2026-12-04T08:00:00Z");
        assertThat(cache.edits).noneMatch(e -> e.startsWith("delete:"));

        model.delete(entryOn("2026-12-01"), Scope.SERIES);
        executor.runAll();
        assertThat(model.entries()).isEmpty();
        assertThat(cache.edits).anyMatch(e -> e.startsWith("delete:"));
    }

    @Test
    void movingOneOccurrenceStoresAnExceptionAndTheRestStaysPut() {
        seriesOfWeekdays();
        CalendarEntry tuesday = entryOn("2026-12-01");

        model.move(tuesday, Instant.parse("2026-12-01T15:00:00Z"), Instant.parse("2026-12-01T15:30:00Z"),
                Scope.OCCURRENCE);
        executor.runAll();

        List<OccurrenceChange> changes = OccurrenceChange.parseAll(only("Standup").fields()
                .get(PimFields.MODIFIED_OCCURRENCES));
        assertThat(changes).containsExactly(new OccurrenceChange(Instant.parse("2026-12-01T08:00:00Z"),
                Instant.parse("2026-12-01T15:00:00Z"), Instant.parse("2026-12-01T15:30:00Z"), "Standup", null));
        assertThat(model.entries()).extracting(e -> e.start().toString(), e -> e.originalStart().toString())
                .contains(tuple("2026-12-01T15:00:00Z", "2026-12-01T08:00:00Z"),
                        tuple("2026-12-02T08:00:00Z", "2026-12-02T08:00:00Z"));
        assertThat(only("Standup").summary().date()).isEqualTo(Instant.parse("2026-11-02T08:00:00Z"));
    }

    @Test
    void editingOneOccurrenceInTheEditorRetitlesItAlone() {
        seriesOfWeekdays();
        CalendarEntry thursday = entryOn("2026-12-03");
        AppointmentForm[] opened = new AppointmentForm[1];
        model.open(thursday, Scope.OCCURRENCE, form -> opened[0] = form);
        executor.runAll();
        assertThat(opened[0].rule()).isNull();
        assertThat(opened[0].start()).isEqualTo(thursday.start());

        AppointmentEditorViewModel editor = new AppointmentEditorViewModel(opened[0], model.calendars(),
                ZoneOffset.UTC, true);
        editor.titleProperty().set("Standup with the CEO");
        model.save(editor.form(), thursday, Scope.OCCURRENCE);
        executor.runAll();

        assertThat(model.entries()).extracting(CalendarEntry::title).containsExactly("Standup", "Standup", "Standup",
                "Standup with the CEO", "Standup");
    }

    @Test
    void theWholeSeriesOpensWithItsRuleAndAChangedRuleDropsTheOldExceptions() {
        seriesOfWeekdays();
        model.delete(entryOn("2026-12-02"), Scope.OCCURRENCE);
        executor.runAll();
        AppointmentForm[] opened = new AppointmentForm[1];
        model.open(entryOn("2026-12-03"), Scope.SERIES, form -> opened[0] = form);
        executor.runAll();
        assertThat(opened[0].rule().toRRule()).isEqualTo("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR");
        assertThat(opened[0].start()).isEqualTo(Instant.parse("2026-11-02T08:00:00Z"));

        AppointmentEditorViewModel editor = new AppointmentEditorViewModel(opened[0], model.calendars(),
                ZoneOffset.UTC, false);
        editor.recurrence().repeatProperty().set(Repeat.DAILY);
        editor.recurrence().intervalProperty().set(2);
        model.save(editor.form(), entryOn("2026-12-03"), Scope.SERIES);
        executor.runAll();

        Map<String, String> fields = only("Standup").fields();
        assertThat(fields).containsEntry(PimFields.RECURRENCE_RULE, "FREQ=DAILY;INTERVAL=2")
                .containsEntry(PimFields.DELETED_OCCURRENCES, "");
        assertThat(model.entries()).extracting(e -> e.start().toString()).containsExactly("2026-11-30T08:00:00Z",
                "2026-12-02T08:00:00Z", "2026-12-04T08:00:00Z", "2026-12-06T08:00:00Z");
    }

    @Test
    void choosingAnotherCalendarMovesTheAppointmentThere() {
        cache.addItem(work, "Dentist", "alice", MONDAY_9, true, "", null, Map.of(), List.of());
        model.refresh();
        executor.runAll();
        CalendarEntry dentist = model.entries().getFirst();
        AppointmentEditorViewModel editor = new AppointmentEditorViewModel(model.newForm(work.id(), MONDAY_9),
                model.calendars(), ZoneOffset.UTC, false);
        editor.titleProperty().set("Dentist");
        editor.calendarProperty().set(model.calendars().get(1));
        model.save(editor.form(), dentist, Scope.SERIES);
        executor.runAll();
        assertThat(cache.edits).contains("move:" + dentist.itemId() + ":" + home.id());
        assertThat(model.entries()).extracting(CalendarEntry::folderId).containsExactly(home.id());
    }

    @Test
    void rulesAreWrittenAsRRulesThatReadBackEqual() {
        for (RecurrenceRule rule : List.of(RecurrenceRule.every(RecurrenceRule.Frequency.DAILY, 3),
                new RecurrenceRule(RecurrenceRule.Frequency.WEEKLY, 2, Set.of(DayOfWeek.TUESDAY, DayOfWeek.FRIDAY), 0,
                        0, null, 10, null),
                new RecurrenceRule(RecurrenceRule.Frequency.MONTHLY, 1, Set.of(DayOfWeek.MONDAY), 0, 5, null, 0,
                        LocalDate.of(2027, 6, 30)),
                new RecurrenceRule(RecurrenceRule.Frequency.YEARLY, 1, Set.of(), 14, 0, java.time.Month.FEBRUARY, 0,
                        null))) {
            assertThat(RecurrenceParser.parse(rule.toRRule())).contains(rule);
        }
        assertThat(new RecurrenceRule(RecurrenceRule.Frequency.MONTHLY, 1, Set.of(DayOfWeek.MONDAY), 0, 5, null, 0,
                LocalDate.of(2027, 6, 30)).toRRule()).isEqualTo("FREQ=MONTHLY;BYDAY=-1MO;UNTIL=20270630");
    }

    private void seriesOfWeekdays() {
        cache.addItem(work, "Standup", "alice", Instant.parse("2026-11-02T08:00:00Z"), true, "", null,
                Map.of(ItemFields.RECURRENCE, "Every weekday, 08:00-09:00"), List.of());
        model.refresh();
        executor.runAll();
        assertThat(model.entries()).hasSize(5);
    }

    private CalendarEntry entryOn(String day) {
        return model.entries().stream().filter(e -> e.start().toString().startsWith(day)).findFirst().orElseThrow();
    }

    private ItemDetail only(String subject) {
        return cache.search(subject.split(" ")[0], 10).stream().filter(s -> s.subject().equals(subject))
                .map(s -> cache.item(s.id()).orElseThrow()).findFirst().orElseThrow();
    }
}
