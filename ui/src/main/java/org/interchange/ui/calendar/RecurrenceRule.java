package org.interchange.ui.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A recurrence rule of an appointment series ([MS-OXOCAL] 2.2.1.44.1 RecurrencePattern, RFC 5545
 * 3.3.10 RRULE): how often, on which days, and until when. {@link #dates} expands it day by day from
 * the series' first day, so a COUNT is honoured from the start.
 *
 * @param dayOfMonth  1..31 for "day N" (clamped to the month's length, as Outlook does), -1 for the last day, 0 unused
 * @param weekOfMonth 1..4 for the n-th matching day of the month, 5 for the last, 0 unused
 * @param month       the month of a yearly rule, or null for the series start's month
 * @param count       how many occurrences, 0 when unlimited
 * @param until       the last day an occurrence may fall on, or null
 */
public record RecurrenceRule(Frequency frequency, int interval, Set<DayOfWeek> days, int dayOfMonth, int weekOfMonth,
                             Month month, int count, LocalDate until) {
    /** No series expands over more days than this (about 100 years), so a bad rule cannot hang the view. */
    static final int MAX_DAYS = 36_600;

    /** How the series repeats. */
    public enum Frequency { DAILY, WEEKLY, MONTHLY, YEARLY }

    public RecurrenceRule {
        Objects.requireNonNull(frequency, "frequency");
        if (interval < 1) {
            throw new IllegalArgumentException("interval < 1: " + interval);
        }
        days = days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
    }

    /** Every {@code interval} days/weeks/months/years, on the series start's day. */
    public static RecurrenceRule every(Frequency frequency, int interval) {
        return new RecurrenceRule(frequency, interval, Set.of(), 0, 0, null, 0, null);
    }

    /**
     * This rule as an RFC 5545 3.3.10 RRULE value, e.g. {@code FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;COUNT=10};
     * {@link RecurrenceParser#parse} reads it back to an equal rule.
     */
    public String toRRule() {
        StringBuilder out = new StringBuilder("FREQ=").append(frequency);
        if (interval != 1) {
            out.append(";INTERVAL=").append(interval);
        }
        if (!days.isEmpty()) {
            out.append(";BYDAY=");
            String position = weekOfMonth == 0 ? "" : weekOfMonth >= 5 ? "-1" : Integer.toString(weekOfMonth);
            out.append(String.join(",", EnumSet.copyOf(days).stream()
                    .map(d -> position + d.name().substring(0, 2)).toList()));
        }
        if (dayOfMonth != 0) {
            out.append(";BYMONTHDAY=").append(dayOfMonth);
        }
        if (month != null) {
            out.append(";BYMONTH=").append(month.getValue());
        }
        if (count > 0) {
            out.append(";COUNT=").append(count);
        }
        if (until != null) {
            out.append(";UNTIL=").append(until.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE));
        }
        return out.toString();
    }

    /**
     * The days in {@code [from, to]} on which the series that began on {@code seriesStart} has an
     * occurrence, in order.
     */
    public List<LocalDate> dates(LocalDate seriesStart, LocalDate from, LocalDate to) {
        List<LocalDate> out = new ArrayList<>();
        LocalDate last = until != null && until.isBefore(to) ? until : to;
        int seen = 0;
        LocalDate day = seriesStart;
        for (int step = 0; step <= MAX_DAYS && !day.isAfter(last); step++, day = day.plusDays(1)) {
            if (!matches(seriesStart, day)) {
                continue;
            }
            seen++;
            if (count > 0 && seen > count) {
                break;
            }
            if (!day.isBefore(from)) {
                out.add(day);
            }
        }
        return out;
    }

    private boolean matches(LocalDate start, LocalDate day) {
        return switch (frequency) {
            case DAILY -> ChronoUnit.DAYS.between(start, day) % interval == 0;
            case WEEKLY -> (days.isEmpty() ? day.getDayOfWeek() == start.getDayOfWeek()
                    : days.contains(day.getDayOfWeek()))
                    && ChronoUnit.WEEKS.between(weekStart(start), weekStart(day)) % interval == 0;
            case MONTHLY -> ChronoUnit.MONTHS.between(YearMonth.from(start), YearMonth.from(day)) % interval == 0
                    && dayOfMonthMatches(start, day);
            case YEARLY -> (day.getYear() - start.getYear()) % interval == 0
                    && day.getMonth() == (month != null ? month : start.getMonth())
                    && dayOfMonthMatches(start, day);
        };
    }

    private boolean dayOfMonthMatches(LocalDate start, LocalDate day) {
        if (weekOfMonth > 0) {
            Set<DayOfWeek> wanted = days.isEmpty() ? Set.of(start.getDayOfWeek()) : days;
            if (!wanted.contains(day.getDayOfWeek())) {
                return false;
            }
            List<LocalDate> candidates = new ArrayList<>();
            for (LocalDate d = day.withDayOfMonth(1); d.getMonth() == day.getMonth(); d = d.plusDays(1)) {
                if (wanted.contains(d.getDayOfWeek())) {
                    candidates.add(d);
                }
            }
            LocalDate nth = weekOfMonth >= 5 || weekOfMonth > candidates.size()
                    ? candidates.getLast() : candidates.get(weekOfMonth - 1);
            return nth.equals(day);
        }
        if (dayOfMonth < 0) {
            return day.equals(day.with(TemporalAdjusters.lastDayOfMonth()));
        }
        int wanted = dayOfMonth > 0 ? dayOfMonth : start.getDayOfMonth();
        return day.getDayOfMonth() == Math.min(wanted, day.lengthOfMonth());
    }

    private static LocalDate weekStart(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
