package org.interchange.mapi.objects.ical;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.interchange.mapi.objects.recurrence.EndType;
import org.interchange.mapi.objects.recurrence.PatternType;
import org.interchange.mapi.objects.recurrence.RecurFrequency;
import org.interchange.mapi.objects.recurrence.RecurrencePattern;
import org.interchange.mapi.objects.recurrence.RecurrenceRange;

/**
 * The RecurrencePattern of [MS-OXOCAL] 2.2.1.44.1 as an RRULE (RFC 5545 3.3.10) and back, as
 * [MS-OXCICAL] 2.1.3.2.1 maps it. "Every weekday" is written FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR so it
 * comes back as Outlook's daily-frequency week pattern. Rules Outlook cannot hold (hourly, several
 * months, and the like) are an {@link ICalFormatException} naming the rule.
 */
public final class RecurrenceRules {
    private static final List<DayOfWeek> ORDER = List.of(DayOfWeek.values());

    private RecurrenceRules() {
    }

    /** The RRULE value; {@code until} is the UNTIL value already formatted (UTC time or date), null if none. */
    public static String toRule(RecurrencePattern p, String until) {
        if (p.patternType().isHijri()) {
            throw new ICalFormatException("a Hijri-calendar series has no RRULE equivalent");
        }
        StringBuilder b = new StringBuilder();
        boolean yearly = p.frequency() == RecurFrequency.YEARLY;
        switch (p.patternType()) {
            case DAY -> b.append("FREQ=DAILY;INTERVAL=").append(p.period() / 1440);
            case WEEK -> {
                if (p.frequency() == RecurFrequency.DAILY) {
                    b.append("FREQ=DAILY;BYDAY=").append(days(p.days()));
                } else {
                    b.append("FREQ=WEEKLY;INTERVAL=").append(p.period()).append(";BYDAY=").append(days(p.days()))
                            .append(";WKST=").append(code(p.firstDayOfWeek()));
                }
            }
            case MONTH, MONTH_END -> {
                month(b, p, yearly);
                b.append(";BYMONTHDAY=").append(p.patternType() == PatternType.MONTH_END ? -1 : p.dayOfMonth());
            }
            case MONTH_NTH -> {
                month(b, p, yearly);
                int n = p.weekOfMonth() == RecurrencePattern.LAST_WEEK ? -1 : p.weekOfMonth();
                if (p.days().size() == 1) {
                    b.append(";BYDAY=").append(n).append(code(p.days().iterator().next()));
                } else {
                    b.append(";BYDAY=").append(days(p.days())).append(";BYSETPOS=").append(n);
                }
            }
            default -> throw new ICalFormatException("pattern type " + p.patternType() + " has no RRULE equivalent");
        }
        if (p.endType() == EndType.AFTER_OCCURRENCES) {
            b.append(";COUNT=").append(Integer.toUnsignedLong(p.occurrenceCount()));
        } else if (p.endType() == EndType.AFTER_DATE && until != null) {
            b.append(";UNTIL=").append(until);
        }
        return b.toString();
    }

    private static void month(StringBuilder b, RecurrencePattern p, boolean yearly) {
        if (yearly) {
            b.append("FREQ=YEARLY;INTERVAL=").append(p.period() / 12).append(";BYMONTH=")
                    .append(p.startDate().getMonthValue());
        } else {
            b.append("FREQ=MONTHLY;INTERVAL=").append(p.period());
        }
    }

    /**
     * The pattern of an RRULE for a series whose first instance is on {@code start}; {@code untilDate}
     * is the UNTIL value as a local date of the series' zone (null when the rule has none).
     */
    public static RecurrencePattern fromRule(String rrule, LocalDate start, LocalDate untilDate) {
        Map<String, String> parts = parts(rrule);
        String freq = parts.getOrDefault("FREQ", "");
        int interval = number(parts.getOrDefault("INTERVAL", "1"), "INTERVAL", rrule);
        RecurrenceRange range = parts.containsKey("COUNT")
                ? RecurrenceRange.count(number(parts.get("COUNT"), "COUNT", rrule))
                : untilDate != null ? RecurrenceRange.until(untilDate.isBefore(start) ? start : untilDate)
                : RecurrenceRange.never();
        if (parts.containsKey("BYHOUR") || parts.containsKey("BYMINUTE") || parts.containsKey("BYWEEKNO")
                || parts.containsKey("BYYEARDAY")) {
            throw new ICalFormatException("RRULE " + rrule + ": has no Outlook equivalent");
        }
        try {
            return switch (freq) {
                case "DAILY" -> daily(parts, start, interval, range, rrule);
                case "WEEKLY" -> RecurrencePattern.weekly(start, interval, weekdays(parts, start),
                        parts.containsKey("WKST") ? day(parts.get("WKST"), rrule) : DayOfWeek.MONDAY, range);
                case "MONTHLY" -> monthly(parts, start, interval, range, rrule, false);
                case "YEARLY" -> monthly(parts, start, interval, range, rrule, true);
                default -> throw new ICalFormatException("RRULE " + rrule + ": FREQ=" + freq
                        + " has no Outlook equivalent");
            };
        } catch (IllegalArgumentException e) {
            throw new ICalFormatException("RRULE " + rrule + ": " + e.getMessage(), e);
        }
    }

    private static RecurrencePattern daily(Map<String, String> parts, LocalDate start, int interval,
                                           RecurrenceRange range, String rrule) {
        if (!parts.containsKey("BYDAY")) {
            return RecurrencePattern.daily(start, interval, range);
        }
        Set<DayOfWeek> days = weekdays(parts, start);
        if (interval == 1 && days.equals(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY))) {
            return RecurrencePattern.everyWeekday(start, DayOfWeek.SUNDAY, range);
        }
        return RecurrencePattern.weekly(start, 1, days, DayOfWeek.SUNDAY, range);
    }

    private static RecurrencePattern monthly(Map<String, String> parts, LocalDate start, int interval,
                                             RecurrenceRange range, String rrule, boolean yearly) {
        if (yearly && parts.containsKey("BYMONTH")) {
            String month = parts.get("BYMONTH");
            if (month.contains(",") || number(month, "BYMONTH", rrule) != start.getMonthValue()) {
                throw new ICalFormatException("RRULE " + rrule + ": BYMONTH=" + month
                        + " must be the month of the first instance");
            }
        }
        String byDay = parts.get("BYDAY");
        String byMonthDay = parts.get("BYMONTHDAY");
        if (byDay != null) {
            int n;
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            String[] items = byDay.split(",");
            String ordinal = items[0].substring(0, items[0].length() - 2);
            if (items.length == 1 && !ordinal.isEmpty()) {
                n = number(ordinal.startsWith("+") ? ordinal.substring(1) : ordinal, "BYDAY", rrule);
                days.add(day(items[0].substring(items[0].length() - 2), rrule));
            } else {
                for (String item : items) {
                    days.add(day(item, rrule));
                }
                n = number(parts.getOrDefault("BYSETPOS", "1"), "BYSETPOS", rrule);
            }
            int week = n == -1 ? RecurrencePattern.LAST_WEEK : n;
            if (week < 1 || week > RecurrencePattern.LAST_WEEK) {
                throw new ICalFormatException("RRULE " + rrule + ": week " + n + " of the month has no Outlook equivalent");
            }
            return yearly ? RecurrencePattern.yearlyNth(start, interval, week, days, range)
                    : RecurrencePattern.monthNth(start, interval, week, days, range);
        }
        int day = byMonthDay == null ? start.getDayOfMonth() : number(byMonthDay, "BYMONTHDAY", rrule);
        if (day == -1 && !yearly) {
            return RecurrencePattern.monthEnd(start, interval, range);
        }
        if (day < 1) {
            throw new ICalFormatException("RRULE " + rrule + ": BYMONTHDAY=" + byMonthDay + " has no Outlook equivalent");
        }
        return yearly ? RecurrencePattern.yearly(start, interval, day, range)
                : RecurrencePattern.monthly(start, interval, day, range);
    }

    private static Set<DayOfWeek> weekdays(Map<String, String> parts, LocalDate start) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        String byDay = parts.get("BYDAY");
        if (byDay == null) {
            days.add(start.getDayOfWeek());
            return days;
        }
        for (String item : byDay.split(",")) {
            days.add(day(item.substring(Math.max(0, item.length() - 2)), byDay));
        }
        return days;
    }

    /** The NAME=VALUE parts of a rule, names upper-case; an empty map for null. */
    public static Map<String, String> parts(String rrule) {
        Map<String, String> out = new LinkedHashMap<>();
        if (rrule == null) {
            return out;
        }
        for (String part : rrule.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                out.put(part.substring(0, eq).strip().toUpperCase(Locale.ROOT),
                        part.substring(eq + 1).strip().toUpperCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static int number(String value, String name, String rrule) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new ICalFormatException("RRULE " + rrule + ": " + name + "=" + value + " is not a number", e);
        }
    }

    private static DayOfWeek day(String code, String rrule) {
        for (DayOfWeek d : ORDER) {
            if (code(d).equals(code)) {
                return d;
            }
        }
        throw new ICalFormatException("RRULE " + rrule + ": " + code + " is not a weekday");
    }

    private static String code(DayOfWeek d) {
        return d.name().substring(0, 2);
    }

    private static String days(Set<DayOfWeek> days) {
        List<String> codes = new ArrayList<>();
        for (DayOfWeek d : ORDER) {
            if (days.contains(d)) {
                codes.add(code(d));
            }
        }
        return String.join(",", codes);
    }
}
