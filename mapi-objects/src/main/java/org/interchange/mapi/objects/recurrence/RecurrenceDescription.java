package org.interchange.mapi.objects.recurrence;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * English descriptions of recurrence patterns ([MS-OXOCAL] 2.2.1.44.1), such as
 * "Every Monday and Wednesday, 10 times", for lists and for PidLidRecurrencePattern.
 */
public final class RecurrenceDescription {
    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    private static final Set<DayOfWeek> WEEKEND = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    private static final String[] ORDINALS = {"first", "second", "third", "fourth", "last"};
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private RecurrenceDescription() {
    }

    /** The pattern and its range, e.g. "The second Tuesday of every 2 months, until 1 March 2027". */
    public static String describe(RecurrencePattern p) {
        return schedule(p) + range(p);
    }

    /** As {@link #describe(RecurrencePattern)}, followed by the times, e.g. ", 09:30-10:00". */
    public static String describe(AppointmentRecurrencePattern a) {
        LocalTime start = a.startTime();
        LocalTime end = start.plus(a.duration());
        return describe(a.pattern()) + ", " + TIME.format(start) + "-" + TIME.format(end);
    }

    private static String schedule(RecurrencePattern p) {
        int period = p.period();
        if (p.patternType().isHijri()) {
            return hijri(p);
        }
        return switch (p.patternType()) {
            case DAY -> {
                int n = period / 1440;
                yield n == 1 ? "Every day" : "Every " + n + " days";
            }
            case WEEK -> {
                if (p.frequency() == RecurFrequency.DAILY && p.days().equals(WEEKDAYS) && period == 1) {
                    yield "Every weekday";
                }
                yield period == 1 ? "Every " + dayList(p.days(), p.firstDayOfWeek())
                        : "Every " + period + " weeks on " + dayList(p.days(), p.firstDayOfWeek());
            }
            case MONTH -> p.frequency() == RecurFrequency.YEARLY
                    ? everyYears(period, monthName(p) + " " + p.dayOfMonth())
                    : "Day " + p.dayOfMonth() + " of " + everyMonths(period);
            case MONTH_END -> p.frequency() == RecurFrequency.YEARLY
                    ? everyYears(period, "the last day of " + monthName(p))
                    : "The last day of " + everyMonths(period);
            case MONTH_NTH -> p.frequency() == RecurFrequency.YEARLY
                    ? nth(p) + " of " + monthName(p) + (period == 12 ? " every year" : " every " + period / 12 + " years")
                    : nth(p) + " of " + everyMonths(period);
            default -> hijri(p);
        };
    }

    /** Hijri months are not Gregorian months, so these are told in months of that calendar. */
    private static String hijri(RecurrencePattern p) {
        String when = switch (p.patternType()) {
            case HJ_MONTH_END -> "The last day";
            case HJ_MONTH_NTH -> nth(p);
            default -> "Day " + p.dayOfMonth();
        };
        return when + " of " + everyMonths(p.period()) + " of the Hijri calendar";
    }

    private static String nth(RecurrencePattern p) {
        return "The " + ORDINALS[Math.clamp(p.weekOfMonth(), 1, 5) - 1] + " " + dayKind(p.days(), p.firstDayOfWeek());
    }

    private static String range(RecurrencePattern p) {
        return switch (p.endType()) {
            case AFTER_OCCURRENCES -> p.occurrenceCount() == 1 ? ", once" : ", " + p.occurrenceCount() + " times";
            case AFTER_DATE -> ", until " + DATE.format(p.endDate());
            case NEVER, NEVER_ALTERNATE -> "";
        };
    }

    private static String everyMonths(int period) {
        return period == 1 ? "every month" : "every " + period + " months";
    }

    private static String everyYears(int period, String when) {
        return period == 12 ? "Every " + when : "Every " + period / 12 + " years on " + when;
    }

    private static String monthName(RecurrencePattern p) {
        LocalDate start = p.startDate();
        return start.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String dayKind(Set<DayOfWeek> days, DayOfWeek firstDow) {
        if (days.size() == 7) {
            return "day";
        }
        if (days.equals(WEEKDAYS)) {
            return "weekday";
        }
        if (days.equals(WEEKEND)) {
            return "weekend day";
        }
        return dayList(days, firstDow);
    }

    /** "Monday", "Monday and Wednesday", "Monday, Wednesday and Friday", in week order from {@code firstDow}. */
    private static String dayList(Set<DayOfWeek> days, DayOfWeek firstDow) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            DayOfWeek d = firstDow.plus(i);
            if (days.contains(d)) {
                names.add(d.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
            }
        }
        if (names.size() == 1) {
            return names.getFirst();
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }
}
