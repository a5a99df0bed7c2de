package org.interchange.ui.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The appointment editor's state ([MS-OXOCAL] 2.2.1): title, calendar, location, days and times in the
 * viewer's zone, all day, reminder, notes and the {@link RecurrenceEditorViewModel}; {@link #form()}
 * gives the {@link AppointmentForm} to save. For one occurrence of a series the rule cannot be edited.
 */
public final class AppointmentEditorViewModel {
    /** Reminder choices in minutes before the start; null is "none". */
    public static final List<Integer> REMINDERS = java.util.Arrays.asList(null, 0, 5, 15, 30, 60, 120, 1440);

    private final ZoneId zone;
    private final boolean occurrence;
    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<CalendarSource> calendar = new SimpleObjectProperty<>();
    private final StringProperty location = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> startDate = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalTime> startTime = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> endDate = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalTime> endTime = new SimpleObjectProperty<>();
    private final BooleanProperty allDay = new SimpleBooleanProperty();
    private final ObjectProperty<Integer> reminder = new SimpleObjectProperty<>();
    private final RecurrenceEditorViewModel recurrence = new RecurrenceEditorViewModel();
    private final List<CalendarSource> calendars;
    private final StringBinding problem;

    /**
     * @param form       what to show
     * @param calendars  the calendars the appointment may be put in
     * @param occurrence true when one occurrence of a series is edited (no rule, no calendar change)
     */
    public AppointmentEditorViewModel(AppointmentForm form, List<CalendarSource> calendars, ZoneId zone,
                                      boolean occurrence) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.occurrence = occurrence;
        this.calendars = List.copyOf(calendars);
        title.set(form.title());
        location.set(form.location() == null ? "" : form.location());
        notes.set(form.notes() == null ? "" : form.notes());
        ZonedDateTime start = form.start().atZone(zone);
        ZonedDateTime end = form.end().atZone(zone);
        startDate.set(start.toLocalDate());
        startTime.set(start.toLocalTime());
        endDate.set(form.allDay() && end.toLocalTime().equals(LocalTime.MIDNIGHT) && end.isAfter(start)
                ? end.toLocalDate().minusDays(1) : end.toLocalDate());
        endTime.set(end.toLocalTime());
        allDay.set(form.allDay());
        reminder.set(form.reminderMinutes());
        calendar.set(this.calendars.stream().filter(c -> c.folderId() == form.folderId()).findFirst()
                .orElse(this.calendars.isEmpty() ? null : this.calendars.getFirst()));
        recurrence.load(form.rule(), start.toLocalDate());
        // moving the start keeps the length, as calendar programs do
        startDate.addListener((o, before, after) -> {
            if (before != null && after != null && endDate.get() != null) {
                endDate.set(endDate.get().plusDays(java.time.temporal.ChronoUnit.DAYS.between(before, after)));
            }
        });
        problem = Bindings.createStringBinding(this::findProblem, title, startDate, startTime, endDate, endTime,
                allDay, calendar, recurrence.repeatProperty(), recurrence.intervalProperty(),
                recurrence.endingProperty(), recurrence.countProperty(), recurrence.untilProperty(),
                recurrence.dayProperty(java.time.DayOfWeek.MONDAY), recurrence.dayProperty(java.time.DayOfWeek.TUESDAY),
                recurrence.dayProperty(java.time.DayOfWeek.WEDNESDAY),
                recurrence.dayProperty(java.time.DayOfWeek.THURSDAY), recurrence.dayProperty(java.time.DayOfWeek.FRIDAY),
                recurrence.dayProperty(java.time.DayOfWeek.SATURDAY), recurrence.dayProperty(java.time.DayOfWeek.SUNDAY));
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<CalendarSource> calendarProperty() {
        return calendar;
    }

    public List<CalendarSource> calendars() {
        return calendars;
    }

    public StringProperty locationProperty() {
        return location;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ObjectProperty<LocalDate> startDateProperty() {
        return startDate;
    }

    public ObjectProperty<LocalTime> startTimeProperty() {
        return startTime;
    }

    public ObjectProperty<LocalDate> endDateProperty() {
        return endDate;
    }

    public ObjectProperty<LocalTime> endTimeProperty() {
        return endTime;
    }

    public BooleanProperty allDayProperty() {
        return allDay;
    }

    /** Minutes before the start, null for no reminder. */
    public ObjectProperty<Integer> reminderProperty() {
        return reminder;
    }

    public RecurrenceEditorViewModel recurrence() {
        return recurrence;
    }

    /** Whether one occurrence of a series is edited: the rule and calendar stay as they are. */
    public boolean editsOccurrence() {
        return occurrence;
    }

    /** What keeps the appointment from being saved, or null. */
    public StringBinding problemProperty() {
        return problem;
    }

    /**
     * The appointment as edited.
     *
     * @throws IllegalStateException with {@link #problemProperty()}'s text when it cannot be saved
     */
    public AppointmentForm form() {
        String wrong = findProblem();
        if (wrong != null) {
            throw new IllegalStateException(wrong);
        }
        Instant start = start();
        Instant end = end();
        RecurrenceRule rule = occurrence ? null : recurrence.rule(startDate.get()).orElse(null);
        return new AppointmentForm(calendar.get().folderId(), title.get().strip(), blankToNull(location.get()),
                blankToNull(notes.get()), start, end, allDay.get(), reminder.get(), rule);
    }

    private Instant start() {
        return allDay.get() ? startDate.get().atStartOfDay(zone).toInstant()
                : ZonedDateTime.of(startDate.get(), startTime.get(), zone).toInstant();
    }

    private Instant end() {
        return allDay.get() ? endDate.get().plusDays(1).atStartOfDay(zone).toInstant()
                : ZonedDateTime.of(endDate.get(), endTime.get(), zone).toInstant();
    }

    private String findProblem() {
        if (title.get() == null || title.get().isBlank()) {
            return "Give the appointment a title.";
        }
        if (calendar.get() == null) {
            return "Choose a calendar.";
        }
        if (startDate.get() == null || endDate.get() == null
                || (!allDay.get() && (startTime.get() == null || endTime.get() == null))) {
            return "Enter when the appointment starts and ends.";
        }
        if (end().isBefore(start())) {
            return "The appointment ends before it starts.";
        }
        return occurrence ? null : recurrence.problem(startDate.get());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
