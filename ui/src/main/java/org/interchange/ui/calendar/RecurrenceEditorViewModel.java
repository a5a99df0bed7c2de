package org.interchange.ui.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The recurrence editor's state ([MS-OXOCAL] 2.2.1.44.1 RecurrencePattern; RFC 5545 3.3.10): how often
 * (none, daily, weekly on chosen days, monthly on the start's day, yearly on the start's date), every how
 * many, and until when (never, after a count, by a date).
 */
public final class RecurrenceEditorViewModel {
    /** How often the series repeats; NONE for a single appointment. */
    public enum Repeat { NONE, DAILY, WEEKLY, MONTHLY, YEARLY }

    /** How the series ends. */
    public enum Ending { NEVER, AFTER_COUNT, BY_DATE }

    private final ObjectProperty<Repeat> repeat = new SimpleObjectProperty<>(Repeat.NONE);
    private final IntegerProperty interval = new SimpleIntegerProperty(1);
    private final Map<DayOfWeek, BooleanProperty> days = new EnumMap<>(DayOfWeek.class);
    private final ObjectProperty<Ending> ending = new SimpleObjectProperty<>(Ending.NEVER);
    private final IntegerProperty count = new SimpleIntegerProperty(10);
    private final ObjectProperty<LocalDate> until = new SimpleObjectProperty<>();

    public RecurrenceEditorViewModel() {
        for (DayOfWeek d : DayOfWeek.values()) {
            days.put(d, new SimpleBooleanProperty(false));
        }
    }

    public ObjectProperty<Repeat> repeatProperty() {
        return repeat;
    }

    /** Every how many days, weeks, months or years (at least 1). */
    public IntegerProperty intervalProperty() {
        return interval;
    }

    /** Whether a weekly series falls on {@code day}. */
    public BooleanProperty dayProperty(DayOfWeek day) {
        return days.get(day);
    }

    public ObjectProperty<Ending> endingProperty() {
        return ending;
    }

    /** How many occurrences, for {@link Ending#AFTER_COUNT}. */
    public IntegerProperty countProperty() {
        return count;
    }

    /** The last day, for {@link Ending#BY_DATE}. */
    public ObjectProperty<LocalDate> untilProperty() {
        return until;
    }

    /** Shows {@code rule} (null: no repetition); {@code start} is the series' first day, used for a weekly default. */
    public void load(RecurrenceRule rule, LocalDate start) {
        days.values().forEach(p -> p.set(false));
        if (rule == null) {
            repeat.set(Repeat.NONE);
            interval.set(1);
            ending.set(Ending.NEVER);
            days.get(start.getDayOfWeek()).set(true);
            return;
        }
        repeat.set(Repeat.valueOf(rule.frequency().name()));
        interval.set(rule.interval());
        (rule.days().isEmpty() ? Set.of(start.getDayOfWeek()) : rule.days()).forEach(d -> days.get(d).set(true));
        if (rule.count() > 0) {
            ending.set(Ending.AFTER_COUNT);
            count.set(rule.count());
        } else if (rule.until() != null) {
            ending.set(Ending.BY_DATE);
            until.set(rule.until());
        } else {
            ending.set(Ending.NEVER);
        }
    }

    /** What is wrong with the choices, or null when they make a rule. */
    public String problem(LocalDate start) {
        if (repeat.get() == Repeat.NONE) {
            return null;
        }
        if (interval.get() < 1) {
            return "Repeat at least every 1.";
        }
        if (repeat.get() == Repeat.WEEKLY && days.values().stream().noneMatch(BooleanProperty::get)) {
            return "Choose at least one day of the week.";
        }
        if (ending.get() == Ending.AFTER_COUNT && count.get() < 1) {
            return "A series has at least one occurrence.";
        }
        if (ending.get() == Ending.BY_DATE && (until.get() == null || until.get().isBefore(start))) {
            return "The series must end on or after its first day.";
        }
        return null;
    }

    /**
     * The rule the choices make, empty for no repetition. A monthly series repeats on the start's day
     * of the month, a yearly one on its date, as Outlook's simple choices do.
     *
     * @throws IllegalStateException when {@link #problem} names a problem
     */
    public Optional<RecurrenceRule> rule(LocalDate start) {
        String problem = problem(start);
        if (problem != null) {
            throw new IllegalStateException(problem);
        }
        if (repeat.get() == Repeat.NONE) {
            return Optional.empty();
        }
        RecurrenceRule.Frequency frequency = RecurrenceRule.Frequency.valueOf(repeat.get().name());
        Set<DayOfWeek> chosen = EnumSet.noneOf(DayOfWeek.class);
        if (frequency == RecurrenceRule.Frequency.WEEKLY) {
            days.forEach((d, p) -> {
                if (p.get()) {
                    chosen.add(d);
                }
            });
        }
        int n = ending.get() == Ending.AFTER_COUNT ? count.get() : 0;
        LocalDate last = ending.get() == Ending.BY_DATE ? until.get() : null;
        return Optional.of(new RecurrenceRule(frequency, interval.get(), chosen, 0, 0, null, n, last));
    }
}
