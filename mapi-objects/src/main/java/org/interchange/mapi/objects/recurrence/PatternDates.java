package org.interchange.mapi.objects.recurrence;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * The dates a pattern yields, in order, from its StartDate, ignoring its range, deleted and modified
 * instances ([MS-OXOCAL] 2.2.1.44.1.2). Valid days, weeks and months are counted from the one that
 * holds StartDate, which for a well-formed blob is congruent with FirstDateTime.
 */
final class PatternDates {
    /** No series runs past the never-ending EndDate; stops iteration on any input. */
    private static final LocalDate LIMIT = LocalDate.of(4501, 1, 1);
    /** Outlook's largest periods: 999 days, 99 weeks, 99 months, 99 years ([MS-OXOCAL] 2.2.1.44.1). */
    private static final int MAX_DAYS = 999;
    private static final int MAX_WEEKS = 99;
    private static final int MAX_MONTHS = 99 * 12;
    /** CalendarType values whose months are the Gregorian months ([MS-OXOCAL] 2.2.1.44.1). */
    private static final Set<Integer> GREGORIAN_MONTHS = Set.of(0x0, 0x1, 0x2, 0x3, 0x4, 0x5, 0x7, 0x9, 0xA, 0xB, 0xC);

    private final RecurrencePattern p;
    private final Deque<LocalDate> pending = new ArrayDeque<>();
    private LocalDate cursor;

    PatternDates(RecurrencePattern pattern) {
        validate(pattern);
        requireExpandable(pattern);
        this.p = pattern;
        this.cursor = switch (pattern.patternType()) {
            case DAY -> pattern.startDate();
            case WEEK -> pattern.startDate().with(TemporalAdjusters.previousOrSame(pattern.firstDayOfWeek()));
            default -> pattern.startDate().withDayOfMonth(1);
        };
    }

    /** The next date of the pattern, or null past the year 4500. */
    LocalDate next() {
        while (pending.isEmpty()) {
            if (cursor.isAfter(LIMIT)) {
                return null;
            }
            fillPeriod();
        }
        return pending.poll();
    }

    /** The {@code n}-th date of the pattern (n from 1). */
    static LocalDate nth(RecurrencePattern pattern, int n) {
        PatternDates dates = new PatternDates(pattern);
        LocalDate d = null;
        for (int i = 0; i < n; i++) {
            d = dates.next();
            if (d == null) {
                throw new IllegalArgumentException("the series would run past the year 4500");
            }
        }
        return d;
    }

    /** How many dates of the pattern fall on or before {@code last}. */
    static int countUntil(RecurrencePattern pattern, LocalDate last) {
        PatternDates dates = new PatternDates(pattern);
        int count = 0;
        for (LocalDate d = dates.next(); d != null && !d.isAfter(last); d = dates.next()) {
            count++;
        }
        return count;
    }

    /** Rejects field values no valid series has, naming the field. */
    static void validate(RecurrencePattern p) {
        if (p.period() <= 0) {
            throw new MalformedRecurrenceException("Period: must be positive, was " + Integer.toUnsignedString(p.period()));
        }
        switch (p.patternType()) {
            case DAY -> {
                if (p.period() % Minutes1601.MINUTES_PER_DAY != 0 || p.period() / Minutes1601.MINUTES_PER_DAY > MAX_DAYS) {
                    throw new MalformedRecurrenceException("Period: a daily period is 1 to 999 whole days in minutes, was "
                            + p.period());
                }
            }
            case WEEK -> {
                periodAtMost(p, MAX_WEEKS, "weeks");
                requireDays(p, "PatternTypeSpecific.Week");
            }
            default -> periodAtMost(p, MAX_MONTHS, "months");
        }
        switch (p.patternType()) {
            case DAY, WEEK -> { }
            case MONTH, MONTH_END, HJ_MONTH, HJ_MONTH_END -> {
                if (p.dayOfMonth() < 1 || p.dayOfMonth() > 31) {
                    throw new MalformedRecurrenceException("PatternTypeSpecific.Day: must be 1 to 31, was "
                            + Integer.toUnsignedString(p.dayOfMonth()));
                }
            }
            case MONTH_NTH, HJ_MONTH_NTH -> {
                requireDays(p, "PatternTypeSpecific.MonthNth.DayOfWeek");
                if (p.weekOfMonth() < 1 || p.weekOfMonth() > RecurrencePattern.LAST_WEEK) {
                    throw new MalformedRecurrenceException("PatternTypeSpecific.MonthNth.N: must be 1 to 5, was "
                            + Integer.toUnsignedString(p.weekOfMonth()));
                }
            }
        }
    }

    private static void periodAtMost(RecurrencePattern p, int max, String unit) {
        if (p.period() > max) {
            throw new MalformedRecurrenceException("Period: at most " + max + " " + unit + ", was " + p.period());
        }
    }

    private static void requireDays(RecurrencePattern p, String field) {
        if (p.days().isEmpty()) {
            throw new MalformedRecurrenceException(field + ": no day of the week is set");
        }
    }

    private static void requireExpandable(RecurrencePattern p) {
        if (p.patternType().isHijri()
                || (p.patternType().isMonthBased() && !GREGORIAN_MONTHS.contains(p.calendarType()))) {
            throw new MalformedRecurrenceException("PatternType " + p.patternType() + " with CalendarType 0x"
                    + Integer.toHexString(p.calendarType()) + ": months of a non-Gregorian calendar cannot be expanded");
        }
    }

    private void fillPeriod() {
        switch (p.patternType()) {
            case DAY -> {
                pending.add(cursor);
                cursor = cursor.plusDays(p.period() / Minutes1601.MINUTES_PER_DAY);
            }
            case WEEK -> {
                for (int i = 0; i < 7; i++) {
                    LocalDate d = cursor.plusDays(i);
                    if (p.days().contains(d.getDayOfWeek()) && !d.isBefore(p.startDate())) {
                        pending.add(d);
                    }
                }
                cursor = cursor.plusWeeks(p.period());
            }
            default -> {
                LocalDate d = dayInMonth(cursor);
                if (!d.isBefore(p.startDate())) {
                    pending.add(d);
                }
                cursor = cursor.plusMonths(p.period());
            }
        }
    }

    private LocalDate dayInMonth(LocalDate monthStart) {
        return switch (p.patternType()) {
            case MONTH_END -> monthStart.with(TemporalAdjusters.lastDayOfMonth());
            case MONTH_NTH -> nthDay(monthStart, p.weekOfMonth(), p.days());
            default -> monthStart.withDayOfMonth(Math.min(p.dayOfMonth(), monthStart.lengthOfMonth()));
        };
    }

    /** The n-th day in the month whose weekday is in {@code days}; n = 5 means the last such day. */
    private static LocalDate nthDay(LocalDate monthStart, int n, Set<DayOfWeek> days) {
        if (n == RecurrencePattern.LAST_WEEK) {
            LocalDate d = monthStart.with(TemporalAdjusters.lastDayOfMonth());
            while (!days.contains(d.getDayOfWeek())) {
                d = d.minusDays(1);
            }
            return d;
        }
        LocalDate d = monthStart;
        int seen = 0;
        while (true) {
            if (days.contains(d.getDayOfWeek()) && ++seen == n) {
                return d;
            }
            d = d.plusDays(1);
        }
    }
}
