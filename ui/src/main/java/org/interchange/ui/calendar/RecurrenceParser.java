package org.interchange.ui.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.interchange.ui.calendar.RecurrenceRule.Frequency;

/**
 * Reads the recurrence field of a cached appointment into a {@link RecurrenceRule}: either an RFC 5545
 * 3.3.10 RRULE ("FREQ=WEEKLY;BYDAY=MO,WE;COUNT=10") or the English description the MAPI plugin
 * writes from the recurrence blob ([MS-OXOCAL] 2.2.1.44.1), e.g. "Every Monday and Wednesday,
 * 10 times, 09:30-10:00". Anything else (Hijri calendars, free text) gives empty.
 */
public final class RecurrenceParser {
    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "last");
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final Pattern TIMES = Pattern.compile(", \\d{1,2}:\\d{2}-\\d{1,2}:\\d{2}$");
    private static final Pattern RANGE = Pattern.compile(", (once|(\\d+) times|until (\\d{1,2} \\p{L}+ \\d{4}))$");
    private static final Pattern EVERY_N = Pattern.compile("Every (\\d+) (days|weeks on (.+)|years on (.+))");
    private static final Pattern DAY_OF = Pattern.compile("Day (\\d{1,2}) of every (?:(\\d+) )?months?");
    private static final Pattern LAST_DAY_OF = Pattern.compile("The last day of every (?:(\\d+) )?months?");
    private static final Pattern NTH_MONTHLY = Pattern.compile("The (\\w+) (.+) of every (?:(\\d+) )?months?");
    private static final Pattern NTH_YEARLY = Pattern.compile("The (\\w+) (.+) of (\\p{L}+) every (?:(\\d+) years|year)");
    private static final Pattern MONTH_DAY = Pattern.compile("(\\p{L}+) (\\d{1,2})");
    private static final Pattern LAST_OF_MONTH = Pattern.compile("the last day of (\\p{L}+)");

    private RecurrenceParser() {
    }

    public static Optional<RecurrenceRule> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String text = value.strip();
        if (text.regionMatches(true, 0, "RRULE:", 0, 6) || text.regionMatches(true, 0, "FREQ=", 0, 5)) {
            return rrule(text);
        }
        try {
            return english(text);
        } catch (IllegalArgumentException | DateTimeParseException unknown) {
            return Optional.empty();
        }
    }

    private static Optional<RecurrenceRule> english(String description) {
        String text = TIMES.matcher(description).replaceFirst("");
        int count = 0;
        LocalDate until = null;
        Matcher range = RANGE.matcher(text);
        if (range.find()) {
            if (range.group(1).equals("once")) {
                count = 1;
            } else if (range.group(2) != null) {
                count = Integer.parseInt(range.group(2));
            } else {
                until = LocalDate.parse(range.group(3), UNTIL);
            }
            text = text.substring(0, range.start());
        }
        Optional<Schedule> schedule = schedule(text);
        int n = count;
        LocalDate end = until;
        return schedule.map(s -> new RecurrenceRule(s.frequency, s.interval, s.days, s.dayOfMonth, s.weekOfMonth,
                s.month, n, end));
    }

    private static Optional<Schedule> schedule(String text) {
        Matcher m;
        if (text.equals("Every day")) {
            return Optional.of(new Schedule(Frequency.DAILY, 1, Set.of(), 0, 0, null));
        }
        if (text.equals("Every weekday")) {
            return Optional.of(new Schedule(Frequency.WEEKLY, 1, weekdays(), 0, 0, null));
        }
        if ((m = EVERY_N.matcher(text)).matches()) {
            int n = Integer.parseInt(m.group(1));
            if (m.group(3) != null) {
                return Optional.of(new Schedule(Frequency.WEEKLY, n, dayList(m.group(3)), 0, 0, null));
            }
            if (m.group(4) != null) {
                return yearlyOn(m.group(4), n);
            }
            return Optional.of(new Schedule(Frequency.DAILY, n, Set.of(), 0, 0, null));
        }
        if ((m = DAY_OF.matcher(text)).matches()) {
            return Optional.of(new Schedule(Frequency.MONTHLY, interval(m.group(2)), Set.of(),
                    Integer.parseInt(m.group(1)), 0, null));
        }
        if ((m = LAST_DAY_OF.matcher(text)).matches()) {
            return Optional.of(new Schedule(Frequency.MONTHLY, interval(m.group(1)), Set.of(), -1, 0, null));
        }
        if ((m = NTH_YEARLY.matcher(text)).matches() && ORDINALS.contains(m.group(1))) {
            return Optional.of(new Schedule(Frequency.YEARLY, interval(m.group(4)), dayKind(m.group(2)), 0,
                    ORDINALS.indexOf(m.group(1)) + 1, month(m.group(3))));
        }
        if ((m = NTH_MONTHLY.matcher(text)).matches() && ORDINALS.contains(m.group(1))) {
            return Optional.of(new Schedule(Frequency.MONTHLY, interval(m.group(3)), dayKind(m.group(2)), 0,
                    ORDINALS.indexOf(m.group(1)) + 1, null));
        }
        if (text.startsWith("Every ")) {
            String rest = text.substring(6);
            Optional<Schedule> yearly = yearlyOn(rest, 1);
            return yearly.isPresent() ? yearly
                    : Optional.of(new Schedule(Frequency.WEEKLY, 1, dayList(rest), 0, 0, null));
        }
        return Optional.empty();
    }

    /** "March 5" or "the last day of March". */
    private static Optional<Schedule> yearlyOn(String when, int years) {
        Matcher m = MONTH_DAY.matcher(when);
        if (m.matches() && isMonth(m.group(1))) {
            return Optional.of(new Schedule(Frequency.YEARLY, years, Set.of(), Integer.parseInt(m.group(2)), 0,
                    month(m.group(1))));
        }
        m = LAST_OF_MONTH.matcher(when);
        if (m.matches()) {
            return Optional.of(new Schedule(Frequency.YEARLY, years, Set.of(), -1, 0, month(m.group(1))));
        }
        return Optional.empty();
    }

    private static Set<DayOfWeek> dayKind(String kind) {
        return switch (kind) {
            case "day" -> EnumSet.allOf(DayOfWeek.class);
            case "weekday" -> weekdays();
            case "weekend day" -> EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            default -> dayList(kind);
        };
    }

    /** "Monday", "Monday and Wednesday", "Monday, Wednesday and Friday". */
    private static Set<DayOfWeek> dayList(String list) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String name : list.split(",| and ")) {
            days.add(DayOfWeek.valueOf(name.strip().toUpperCase(Locale.ROOT)));
        }
        return days;
    }

    private static Optional<RecurrenceRule> rrule(String text) {
        String rule = text.regionMatches(true, 0, "RRULE:", 0, 6) ? text.substring(6) : text;
        Frequency frequency = null;
        int interval = 1;
        int count = 0;
        int dayOfMonth = 0;
        int weekOfMonth = 0;
        Month month = null;
        LocalDate until = null;
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        try {
            for (String part : rule.split(";")) {
                String[] kv = part.split("=", 2);
                if (kv.length != 2) {
                    return Optional.empty();
                }
                String value = kv[1].strip().toUpperCase(Locale.ROOT);
                switch (kv[0].strip().toUpperCase(Locale.ROOT)) {
                    case "FREQ" -> frequency = Frequency.valueOf(value);
                    case "INTERVAL" -> interval = Integer.parseInt(value);
                    case "COUNT" -> count = Integer.parseInt(value);
                    case "UNTIL" -> until = LocalDate.parse(value.substring(0, 8), DateTimeFormatter.BASIC_ISO_DATE);
                    case "BYMONTHDAY" -> dayOfMonth = Integer.parseInt(value.split(",")[0]);
                    case "BYMONTH" -> month = Month.of(Integer.parseInt(value.split(",")[0]));
                    case "BYSETPOS" -> weekOfMonth = setPosition(Integer.parseInt(value.split(",")[0]));
                    case "BYDAY" -> {
                        for (String day : value.split(",")) {
                            String digits = day.substring(0, day.length() - 2);
                            if (!digits.isEmpty()) {
                                weekOfMonth = setPosition(Integer.parseInt(digits));
                            }
                            days.add(rfcDay(day.substring(day.length() - 2)));
                        }
                    }
                    default -> { } // WKST and the rarer parts do not change the days we show
                }
            }
            if (frequency == null || interval < 1 || count < 0 || dayOfMonth < -1 || dayOfMonth > 31) {
                return Optional.empty();
            }
            return Optional.of(new RecurrenceRule(frequency, interval, days, dayOfMonth, weekOfMonth, month, count,
                    until));
        } catch (IllegalArgumentException | DateTimeParseException | StringIndexOutOfBoundsException bad) {
            return Optional.empty();
        }
    }

    private static int setPosition(int position) {
        if (position == -1) {
            return 5;
        }
        if (position < 1 || position > 4) {
            throw new IllegalArgumentException("unsupported position " + position);
        }
        return position;
    }

    private static DayOfWeek rfcDay(String two) {
        return switch (two) {
            case "MO" -> DayOfWeek.MONDAY;
            case "TU" -> DayOfWeek.TUESDAY;
            case "WE" -> DayOfWeek.WEDNESDAY;
            case "TH" -> DayOfWeek.THURSDAY;
            case "FR" -> DayOfWeek.FRIDAY;
            case "SA" -> DayOfWeek.SATURDAY;
            case "SU" -> DayOfWeek.SUNDAY;
            default -> throw new IllegalArgumentException("not a day: " + two);
        };
    }

    private static Set<DayOfWeek> weekdays() {
        return EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    }

    private static int interval(String digits) {
        return digits == null ? 1 : Integer.parseInt(digits);
    }

    private static boolean isMonth(String name) {
        try {
            month(name);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Month month(String name) {
        return Month.valueOf(name.toUpperCase(Locale.ROOT));
    }

    private record Schedule(Frequency frequency, int interval, Set<DayOfWeek> days, int dayOfMonth, int weekOfMonth,
                            Month month) {
    }
}
