package org.interchange.mapi.objects.recurrence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Expands an appointment series into its instances ([MS-OXOCAL] 2.2.1.44.1.2 and 3.1.4.5): the
 * pattern's dates within its range, minus deleted instances, with modified instances at their new
 * times. Blob times are local times of the series' zone (a {@code ZoneId}, or the {@code ZoneRules} of its
 * PidLidTimeZoneStruct); a local time that falls in a daylight-saving
 * gap moves forward by the gap, one that falls in an overlap takes the earlier offset.
 */
public final class RecurrenceExpander {

    private RecurrenceExpander() {
    }

    /** The instances that overlap [{@code from}, {@code to}), ordered by start. */
    public static List<Occurrence> expand(AppointmentRecurrencePattern series, ZoneId zone,
                                          ZonedDateTime from, ZonedDateTime to) {
        return expand(series, local -> ZonedDateTime.of(local, zone), to.withZoneSameInstant(zone).toLocalDate(),
                from, to);
    }

    /**
     * As {@link #expand(AppointmentRecurrencePattern, ZoneId, ZonedDateTime, ZonedDateTime)} with the series'
     * own time zone rules (for example from {@code TimeZoneStruct.toZoneRules()}); the instances carry fixed offsets.
     */
    public static List<Occurrence> expand(AppointmentRecurrencePattern series, ZoneRules rules,
                                          ZonedDateTime from, ZonedDateTime to) {
        Instant end = to.toInstant();
        return expand(series, local -> at(local, rules), LocalDateTime.ofInstant(end, rules.getOffset(end)).toLocalDate(),
                from, to);
    }

    private static ZonedDateTime at(LocalDateTime local, ZoneRules rules) {
        List<ZoneOffset> valid = rules.getValidOffsets(local);
        if (valid.isEmpty()) {
            ZoneOffsetTransition gap = rules.getTransition(local);
            return ZonedDateTime.of(local.plus(gap.getDuration()), gap.getOffsetAfter());
        }
        return ZonedDateTime.of(local, valid.getFirst());
    }

    private static List<Occurrence> expand(AppointmentRecurrencePattern series,
                                           Function<LocalDateTime, ZonedDateTime> at, LocalDate lastDay,
                                           ZonedDateTime from, ZonedDateTime to) {
        RecurrencePattern p = series.pattern();
        Set<LocalDate> deleted = new HashSet<>(p.deletedInstanceDates());
        Map<LocalDate, ExceptionInfo> modified = new HashMap<>();
        for (ExceptionInfo e : series.exceptions()) {
            modified.put(e.originalStart().toLocalDate(), e);
        }
        LocalDate lastRelevant = lastDay.plusDays(1);
        List<Occurrence> out = new ArrayList<>();
        PatternDates dates = new PatternDates(p);
        int index = 0;
        for (LocalDate d = dates.next(); d != null; d = dates.next()) {
            index++;
            if (beyondRange(p, d, index) || beyondWindow(d, lastRelevant, modified, series)) {
                break;
            }
            ExceptionInfo e = modified.get(d);
            Occurrence o;
            if (e != null) {
                o = new Occurrence(d, at.apply(e.start()), at.apply(e.end()), e);
            } else if (deleted.contains(d)) {
                continue;
            } else {
                LocalDateTime start = d.atStartOfDay().plusMinutes(series.startTimeOffset());
                o = new Occurrence(d, at.apply(start), at.apply(d.atStartOfDay().plusMinutes(series.endTimeOffset())),
                        null);
            }
            if (o.start().isBefore(to) && o.end().isAfter(from) || o.start().equals(from)) {
                out.add(o);
            }
        }
        out.sort(Comparator.comparing(Occurrence::start));
        return out;
    }

    private static boolean beyondRange(RecurrencePattern p, LocalDate d, int index) {
        return switch (p.endType()) {
            case AFTER_OCCURRENCES -> Integer.compareUnsigned(index, p.occurrenceCount()) > 0;
            case AFTER_DATE -> d.isAfter(p.endDate());
            case NEVER, NEVER_ALTERNATE -> false;
        };
    }

    /** Past the window, unless a later-dated instance was moved back into it. */
    private static boolean beyondWindow(LocalDate d, LocalDate lastRelevant, Map<LocalDate, ExceptionInfo> modified,
                                        AppointmentRecurrencePattern series) {
        if (!d.isAfter(lastRelevant.plusDays(series.endTimeOffset() / 1440))) {
            return false;
        }
        return modified.keySet().stream().noneMatch(k -> !k.isBefore(d));
    }

}
