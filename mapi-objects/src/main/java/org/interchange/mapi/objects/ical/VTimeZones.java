package org.interchange.mapi.objects.ical;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.interchange.mapi.objects.timezone.TimeZoneStruct;
import org.interchange.mapi.objects.timezone.TimeZoneStruct.Transition;

/**
 * PidLidTimeZoneStruct ([MS-OXOCAL] 2.2.1.39) as a VTIMEZONE (RFC 5545 3.6.5) and back, as
 * [MS-OXCICAL] 2.1.3.1.1.19 maps it: one STANDARD and one DAYLIGHT observance from 1601 with a
 * yearly RRULE ("BYDAY=-1SU;BYMONTH=10"), or a single STANDARD for a zone without daylight saving.
 */
public final class VTimeZones {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final String[] DAYS = {"SU", "MO", "TU", "WE", "TH", "FR", "SA"};

    private VTimeZones() {
    }

    public static ICalComponent toComponent(String tzid, TimeZoneStruct zone) {
        ICalComponent vtz = new ICalComponent("VTIMEZONE").add("TZID", ICalProperty.escape(tzid));
        ZoneOffset std = zone.standardOffset();
        if (!zone.hasDaylightSaving()) {
            vtz.add(new ICalComponent("STANDARD").add("DTSTART", "16010101T000000")
                    .add("TZOFFSETFROM", offset(std)).add("TZOFFSETTO", offset(std)));
            return vtz;
        }
        ZoneOffset dst = zone.daylightOffset();
        vtz.add(observance("STANDARD", zone.standardDate(), zone.standardYear(), dst, std));
        vtz.add(observance("DAYLIGHT", zone.daylightDate(), zone.daylightYear(), std, dst));
        return vtz;
    }

    private static ICalComponent observance(String name, Transition t, int year, ZoneOffset from, ZoneOffset to) {
        ICalComponent c = new ICalComponent(name);
        if (t.year() != 0) {
            c.add("DTSTART", LOCAL.format(LocalDateTime.of(t.year(), t.month(), t.day(), t.hour(), t.minute(),
                    t.second())));
        } else {
            LocalDate first = nth(1601, t);
            c.add("DTSTART", LOCAL.format(first.atTime(t.hour() % 24, t.minute(), t.second())));
            c.add("RRULE", "FREQ=YEARLY;BYDAY=" + (t.day() >= 5 ? "-1" : String.valueOf(t.day())) + DAYS[t.dayOfWeek()]
                    + ";BYMONTH=" + t.month());
        }
        return c.add("TZOFFSETFROM", offset(from)).add("TZOFFSETTO", offset(to));
    }

    private static LocalDate nth(int year, Transition t) {
        DayOfWeek dow = DayOfWeek.SUNDAY.plus(t.dayOfWeek());
        LocalDate month = LocalDate.of(year, t.month(), 1);
        return t.day() >= 5 ? month.with(TemporalAdjusters.lastInMonth(dow))
                : month.with(TemporalAdjusters.dayOfWeekInMonth(t.day(), dow));
    }

    private static String offset(ZoneOffset o) {
        int total = o.getTotalSeconds() / 60;
        int abs = Math.abs(total);
        return (total < 0 ? "-" : "+") + String.format("%02d%02d", abs / 60, abs % 60);
    }

    /**
     * The struct of a VTIMEZONE: the observances in force last (yearly rules without UNTIL first,
     * else the latest DTSTART). An {@link ICalFormatException} names the TZID when nothing usable is there.
     */
    public static TimeZoneStruct structOf(ICalComponent vtimezone) {
        String tzid = vtimezone.text("TZID");
        try {
            Optional<ICalComponent> standard = current(vtimezone.components("STANDARD"));
            Optional<ICalComponent> daylight = current(vtimezone.components("DAYLIGHT"));
            if (standard.isEmpty() && daylight.isEmpty()) {
                throw new ICalFormatException("VTIMEZONE " + tzid + ": no STANDARD or DAYLIGHT observance");
            }
            boolean dst = standard.isPresent() && daylight.isPresent() && isOngoing(standard.get())
                    && isOngoing(daylight.get());
            ICalComponent base = standard.orElse(daylight.orElseThrow());
            int stdMinutes = minutes(base.value("TZOFFSETTO"), tzid);
            if (!dst) {
                return new TimeZoneStruct(-stdMinutes, 0, 0, 0, Transition.NONE, 0, Transition.NONE);
            }
            int dstMinutes = minutes(daylight.get().value("TZOFFSETTO"), tzid);
            return new TimeZoneStruct(-stdMinutes, 0, stdMinutes - dstMinutes, 0, transition(standard.get(), tzid),
                    0, transition(daylight.get(), tzid));
        } catch (RuntimeException e) {
            if (e instanceof ICalFormatException) {
                throw e;
            }
            throw new ICalFormatException("VTIMEZONE " + tzid + ": " + e.getMessage(), e);
        }
    }

    private static Optional<ICalComponent> current(List<ICalComponent> observances) {
        return observances.stream().max(Comparator.comparing((ICalComponent c) -> isOngoing(c))
                .thenComparing(c -> String.valueOf(c.value("DTSTART"))));
    }

    private static boolean isOngoing(ICalComponent observance) {
        String rrule = observance.value("RRULE");
        return rrule != null && !rrule.toUpperCase(java.util.Locale.ROOT).contains("UNTIL=");
    }

    private static Transition transition(ICalComponent observance, String tzid) {
        String start = observance.value("DTSTART");
        if (start == null) {
            throw new ICalFormatException("VTIMEZONE " + tzid + ": " + observance.name() + " without DTSTART");
        }
        LocalDateTime at = ICalTime.parse("DTSTART", start, Map.of()).local();
        Map<String, String> rule = RecurrenceRules.parts(observance.value("RRULE"));
        int month = rule.containsKey("BYMONTH") ? Integer.parseInt(rule.get("BYMONTH")) : at.getMonthValue();
        String byDay = rule.getOrDefault("BYDAY", DAYS[at.getDayOfWeek().getValue() % 7]);
        String dayName = byDay.substring(byDay.length() - 2);
        String ordinal = byDay.substring(0, byDay.length() - 2);
        int week;
        if (!ordinal.isEmpty()) {
            int n = Integer.parseInt(ordinal.startsWith("+") ? ordinal.substring(1) : ordinal);
            week = n < 0 ? 5 : Math.min(n, 5);
        } else if (rule.containsKey("BYMONTHDAY")) {
            int firstDay = java.util.Arrays.stream(rule.get("BYMONTHDAY").split(",")).mapToInt(Integer::parseInt)
                    .min().orElse(1);
            week = firstDay < 0 || firstDay > 28 ? 5 : (firstDay - 1) / 7 + 1;
        } else {
            week = at.getDayOfMonth() + 7 > at.toLocalDate().lengthOfMonth() ? 5 : (at.getDayOfMonth() - 1) / 7 + 1;
        }
        int dow = List.of(DAYS).indexOf(dayName);
        if (dow < 0) {
            throw new ICalFormatException("VTIMEZONE " + tzid + ": BYDAY " + byDay + " is not a weekday");
        }
        return new Transition(0, month, dow, week, at.getHour(), at.getMinute(), 0, 0);
    }

    private static int minutes(String offset, String tzid) {
        if (offset == null || !offset.matches("[+-]\\d{4}(\\d{2})?")) {
            throw new ICalFormatException("VTIMEZONE " + tzid + ": bad UTC offset " + offset);
        }
        int sign = offset.charAt(0) == '-' ? -1 : 1;
        return sign * (Integer.parseInt(offset.substring(1, 3)) * 60 + Integer.parseInt(offset.substring(3, 5)));
    }
}
