package org.interchange.mapi.objects.timezone;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;

/**
 * PidLidTimeZoneStruct, [MS-OXOCAL] 2.2.1.39: the time zone a recurring series' local times are in,
 * as biases in minutes (UTC = local + bias) and the two yearly transitions. A transition with
 * year 0 is relative ("the N-th weekday of a month", N = 5 for the last); otherwise it happens on
 * that date of that year only. Month 0 in the standard date means no daylight saving time.
 */
public record TimeZoneStruct(int bias, int standardBias, int daylightBias, int standardYear,
                             Transition standardDate, int daylightYear, Transition daylightDate) {
    public static final int SIZE = 48;
    /** The first year the rules apply from: the start of the MAPI time scale. */
    private static final int FIRST_YEAR = 1601;

    /** A SYSTEMTIME ([MS-DTYP] 2.3.13) as a transition date; {@code dayOfWeek} 0 is Sunday. */
    public record Transition(int year, int month, int dayOfWeek, int day, int hour, int minute, int second,
                             int milliseconds) {
        public static final Transition NONE = new Transition(0, 0, 0, 0, 0, 0, 0, 0);
    }

    public TimeZoneStruct {
        Objects.requireNonNull(standardDate, "standardDate");
        Objects.requireNonNull(daylightDate, "daylightDate");
    }

    public static TimeZoneStruct read(byte[] value) {
        if (value.length < SIZE) {
            throw new MapiCodecException("PidLidTimeZoneStruct: needs 48 bytes, has " + value.length);
        }
        ByteReader r = new ByteReader(value, 0, SIZE);
        int bias = r.i32();
        int standardBias = r.i32();
        int daylightBias = r.i32();
        int standardYear = r.u16();
        Transition standard = transition(r, "StandardDate");
        int daylightYear = r.u16();
        Transition daylight = transition(r, "DaylightDate");
        return new TimeZoneStruct(bias, standardBias, daylightBias, standardYear, standard, daylightYear, daylight);
    }

    public byte[] write() {
        ByteWriter w = new ByteWriter(SIZE);
        w.i32(bias).i32(standardBias).i32(daylightBias).u16(standardYear);
        transition(w, standardDate);
        w.u16(daylightYear);
        transition(w, daylightDate);
        return w.toByteArray();
    }

    public boolean hasDaylightSaving() {
        return standardDate.month() != 0 && daylightDate.month() != 0;
    }

    /** The offset from UTC outside daylight saving time. */
    public ZoneOffset standardOffset() {
        return offset(bias + standardBias);
    }

    public ZoneOffset daylightOffset() {
        return offset(bias + daylightBias);
    }

    /** These rules as java.time rules, for {@code RecurrenceExpander} and for converting times. */
    public ZoneRules toZoneRules() {
        ZoneOffset std = standardOffset();
        ZoneOffset dst = daylightOffset();
        if (!hasDaylightSaving() || dst.equals(std)) {
            return ZoneRules.of(std);
        }
        if (standardDate.year() == 0 && daylightDate.year() == 0) {
            List<ZoneOffsetTransitionRule> rules = new ArrayList<>(List.of(rule(daylightDate, std, std, dst),
                    rule(standardDate, std, dst, std)));
            rules.sort(Comparator.comparing(ZoneOffsetTransitionRule::getMonth));
            // java.time applies the yearly rules only after a last explicit transition, so give it one year of them
            List<ZoneOffsetTransition> first = rules.stream().map(r -> r.createTransition(FIRST_YEAR)).toList();
            return ZoneRules.of(std, first.getFirst().getOffsetBefore(), List.of(), first, rules);
        }
        List<ZoneOffsetTransition> transitions = new ArrayList<>();
        transitions.add(ZoneOffsetTransition.of(absolute(daylightDate, daylightYear), std, dst));
        transitions.add(ZoneOffsetTransition.of(absolute(standardDate, standardYear), dst, std));
        transitions.sort(null);
        return ZoneRules.of(std, transitions.getFirst().getOffsetBefore(), List.of(), transitions, List.of());
    }

    private static ZoneOffset offset(int biasMinutes) {
        if (Math.abs(biasMinutes) > 18 * 60) {
            throw new MapiCodecException("PidLidTimeZoneStruct: bias of " + biasMinutes + " minutes is beyond 18 hours");
        }
        return ZoneOffset.ofTotalSeconds(-biasMinutes * 60);
    }

    private static ZoneOffsetTransitionRule rule(Transition t, ZoneOffset std, ZoneOffset before, ZoneOffset after) {
        DayOfWeek dow = DayOfWeek.SUNDAY.plus(t.dayOfWeek());
        boolean endOfDay = t.hour() == 24;
        LocalTime time = endOfDay ? LocalTime.MIDNIGHT : LocalTime.of(t.hour(), t.minute(), t.second());
        int dayIndicator = t.day() >= 5 ? -1 : 1 + 7 * (t.day() - 1);
        return ZoneOffsetTransitionRule.of(Month.of(t.month()), dayIndicator, dow, time, endOfDay,
                ZoneOffsetTransitionRule.TimeDefinition.WALL, std, before, after);
    }

    private static LocalDateTime absolute(Transition t, int year) {
        try {
            return LocalDateTime.of(t.year() != 0 ? t.year() : year, t.month(), t.day(), 0, 0)
                    .plusHours(t.hour()).plusMinutes(t.minute()).plusSeconds(t.second());
        } catch (DateTimeException e) {
            throw new MapiCodecException("PidLidTimeZoneStruct: no such transition date " + t);
        }
    }

    private static Transition transition(ByteReader r, String field) {
        Transition t = new Transition(r.u16(), r.u16(), r.u16(), r.u16(), r.u16(), r.u16(), r.u16(), r.u16());
        if (t.month() > 12 || t.dayOfWeek() > 6 || t.hour() > 24 || t.minute() > 59 || t.second() > 59
                || (t.month() != 0 && (t.day() < 1 || t.day() > (t.year() == 0 ? 5 : 31)))) {
            throw new MapiCodecException("PidLidTimeZoneStruct." + field + ": not a valid transition " + t);
        }
        return t;
    }

    private static void transition(ByteWriter w, Transition t) {
        w.u16(t.year()).u16(t.month()).u16(t.dayOfWeek()).u16(t.day()).u16(t.hour()).u16(t.minute())
                .u16(t.second()).u16(t.milliseconds());
    }
}
