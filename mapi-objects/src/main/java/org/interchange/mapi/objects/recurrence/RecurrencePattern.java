package org.interchange.mapi.objects.recurrence;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The RecurrencePattern structure, [MS-OXOCAL] 2.2.1.44.1, with its dates as local dates of the
 * series' time zone. {@code period} is as on the wire: minutes for a DAY pattern, weeks for a WEEK
 * pattern, months for the month patterns (12 for yearly). {@code days} holds the Week bits (WEEK)
 * or the day mask (MONTH_NTH); {@code dayOfMonth} the Day field (MONTH, MONTH_END and Hijri
 * counterparts); {@code weekOfMonth} the N field of MONTH_NTH (1 to 4, 5 for "last").
 * Build new patterns with the static factories, which compute FirstDateTime and the range fields
 * as [MS-OXOCAL] 2.2.1.44.1.1 says.
 */
public record RecurrencePattern(RecurFrequency frequency, PatternType patternType, int calendarType,
                                int firstDateTime, int period, int slidingFlag, Set<DayOfWeek> days,
                                int dayOfMonth, int weekOfMonth, EndType endType, int occurrenceCount,
                                DayOfWeek firstDayOfWeek, List<LocalDate> deletedInstanceDates,
                                List<LocalDate> modifiedInstanceDates, LocalDate startDate, LocalDate endDate) {

    /** The EndDate Outlook writes for a series that never ends (31 December 4500, 23:59). */
    static final int NEVER_END_DATE = 0x5AE980DF;
    /** The OccurrenceCount Outlook writes for a series that never ends. */
    static final int NEVER_END_COUNT = 10;
    /** CalendarType 0: the default (Gregorian) calendar. */
    public static final int CALENDAR_DEFAULT = 0;
    /** The N value of MONTH_NTH meaning "the last one in the month". */
    public static final int LAST_WEEK = 5;

    public RecurrencePattern {
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(patternType, "patternType");
        Objects.requireNonNull(endType, "endType");
        Objects.requireNonNull(firstDayOfWeek, "firstDayOfWeek");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(endDate, "endDate");
        days = Collections.unmodifiableSet(days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days));
        deletedInstanceDates = List.copyOf(deletedInstanceDates);
        modifiedInstanceDates = List.copyOf(modifiedInstanceDates);
    }

    /** Every {@code everyDays} days from {@code start}. */
    public static RecurrencePattern daily(LocalDate start, int everyDays, RecurrenceRange range) {
        inRange(everyDays, 999, "everyDays");
        return build(RecurFrequency.DAILY, PatternType.DAY, start, Math.multiplyExact(everyDays, Minutes1601.MINUTES_PER_DAY),
                Set.of(), 0, 0, DayOfWeek.SUNDAY, range);
    }

    /** Every Monday to Friday, which Outlook stores as a daily series with a WEEK pattern. */
    public static RecurrencePattern everyWeekday(LocalDate start, DayOfWeek firstDayOfWeek, RecurrenceRange range) {
        return build(RecurFrequency.DAILY, PatternType.WEEK, start, 1,
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), 0, 0, firstDayOfWeek, range);
    }

    /** On {@code days} of every {@code everyWeeks} weeks, weeks starting on {@code firstDayOfWeek}. */
    public static RecurrencePattern weekly(LocalDate start, int everyWeeks, Set<DayOfWeek> days,
                                           DayOfWeek firstDayOfWeek, RecurrenceRange range) {
        inRange(everyWeeks, 99, "everyWeeks");
        if (days.isEmpty()) {
            throw new IllegalArgumentException("a weekly series needs at least one day");
        }
        return build(RecurFrequency.WEEKLY, PatternType.WEEK, start, everyWeeks, days, 0, 0, firstDayOfWeek, range);
    }

    /** On day {@code day} (1 to 31; the last day in shorter months) of every {@code everyMonths} months. */
    public static RecurrencePattern monthly(LocalDate start, int everyMonths, int day, RecurrenceRange range) {
        inRange(everyMonths, 99, "everyMonths");
        dayOfMonthInRange(day);
        return build(RecurFrequency.MONTHLY, PatternType.MONTH, start, everyMonths, Set.of(), day, 0,
                DayOfWeek.SUNDAY, range);
    }

    /** On the last day of every {@code everyMonths} months. */
    public static RecurrencePattern monthEnd(LocalDate start, int everyMonths, RecurrenceRange range) {
        inRange(everyMonths, 99, "everyMonths");
        return build(RecurFrequency.MONTHLY, PatternType.MONTH_END, start, everyMonths, Set.of(), 31, 0,
                DayOfWeek.SUNDAY, range);
    }

    /**
     * On the {@code week}-th (1 to 4, or {@link #LAST_WEEK}) of {@code days} in every {@code everyMonths}
     * months; {@code days} of all seven days means "day", Monday to Friday "weekday".
     */
    public static RecurrencePattern monthNth(LocalDate start, int everyMonths, int week, Set<DayOfWeek> days,
                                             RecurrenceRange range) {
        inRange(everyMonths, 99, "everyMonths");
        nthInRange(week, days);
        return build(RecurFrequency.MONTHLY, PatternType.MONTH_NTH, start, everyMonths, days, 0, week,
                DayOfWeek.SUNDAY, range);
    }

    /** On day {@code day} of the start date's month, every {@code everyYears} years. */
    public static RecurrencePattern yearly(LocalDate start, int everyYears, int day, RecurrenceRange range) {
        inRange(everyYears, 99, "everyYears");
        dayOfMonthInRange(day);
        return build(RecurFrequency.YEARLY, PatternType.MONTH, start, Math.multiplyExact(everyYears, 12), Set.of(),
                day, 0, DayOfWeek.SUNDAY, range);
    }

    /** On the {@code week}-th of {@code days} in the start date's month, every {@code everyYears} years. */
    public static RecurrencePattern yearlyNth(LocalDate start, int everyYears, int week, Set<DayOfWeek> days,
                                              RecurrenceRange range) {
        inRange(everyYears, 99, "everyYears");
        nthInRange(week, days);
        return build(RecurFrequency.YEARLY, PatternType.MONTH_NTH, start, Math.multiplyExact(everyYears, 12), days,
                0, week, DayOfWeek.SUNDAY, range);
    }

    /** This pattern with other deleted and modified instance dates (both kept in ascending order). */
    public RecurrencePattern withInstanceDates(List<LocalDate> deleted, List<LocalDate> modified) {
        return new RecurrencePattern(frequency, patternType, calendarType, firstDateTime, period, slidingFlag, days,
                dayOfMonth, weekOfMonth, endType, occurrenceCount, firstDayOfWeek,
                deleted.stream().distinct().sorted().toList(), modified.stream().distinct().sorted().toList(),
                startDate, endDate);
    }

    private static RecurrencePattern build(RecurFrequency frequency, PatternType type, LocalDate start, int period,
                                           Set<DayOfWeek> days, int dayOfMonth, int week, DayOfWeek firstDow,
                                           RecurrenceRange range) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(range, "range");
        int first = firstDateTime(type, start, period, firstDow);
        RecurrencePattern open = new RecurrencePattern(frequency, type, CALENDAR_DEFAULT, first, period, 0, days,
                dayOfMonth, week, EndType.NEVER, NEVER_END_COUNT, firstDow, List.of(), List.of(), start,
                Minutes1601.date(NEVER_END_DATE));
        return switch (range.endType()) {
            case AFTER_OCCURRENCES -> open.withRange(EndType.AFTER_OCCURRENCES, range.occurrences(),
                    PatternDates.nth(open, range.occurrences()));
            case AFTER_DATE -> {
                if (range.until().isBefore(start)) {
                    throw new IllegalArgumentException("the series ends before it starts");
                }
                yield open.withRange(EndType.AFTER_DATE, PatternDates.countUntil(open, range.until()), range.until());
            }
            case NEVER, NEVER_ALTERNATE -> open;
        };
    }

    private RecurrencePattern withRange(EndType type, int count, LocalDate end) {
        return new RecurrencePattern(frequency, patternType, calendarType, firstDateTime, period, slidingFlag, days,
                dayOfMonth, weekOfMonth, type, count, firstDayOfWeek, deletedInstanceDates, modifiedInstanceDates,
                startDate, end);
    }

    /** FirstDateTime, [MS-OXOCAL] 2.2.1.44.1.1. */
    static int firstDateTime(PatternType type, LocalDate start, int period, DayOfWeek firstDow) {
        long minutes = switch (type) {
            case DAY -> Minutes1601.of(start) % period;
            case WEEK -> Minutes1601.of(start.with(TemporalAdjusters.previousOrSame(firstDow)))
                    % ((long) Minutes1601.MINUTES_PER_WEEK * period);
            default -> Minutes1601.of(Minutes1601.EPOCH.plusMonths(Minutes1601.monthIndex(start) % period));
        };
        return (int) minutes;
    }

    private static void inRange(int value, int max, String name) {
        if (value < 1 || value > max) {
            throw new IllegalArgumentException(name + " must be 1 to " + max);
        }
    }

    private static void dayOfMonthInRange(int day) {
        if (day < 1 || day > 31) {
            throw new IllegalArgumentException("day of month must be 1 to 31");
        }
    }

    private static void nthInRange(int week, Set<DayOfWeek> days) {
        if (week < 1 || week > LAST_WEEK) {
            throw new IllegalArgumentException("week of month must be 1 to 5 (5 = last)");
        }
        if (days.isEmpty()) {
            throw new IllegalArgumentException("a month-nth series needs at least one day");
        }
    }
}
