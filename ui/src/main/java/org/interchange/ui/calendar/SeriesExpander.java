package org.interchange.ui.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns cached appointments into the occurrences that fall in a window: single appointments as they
 * are, series ([MS-OXOCAL] 2.2.1.44) expanded day by day with their first occurrence's wall-clock
 * time and duration in the viewer's zone.
 */
public final class SeriesExpander {
    private final ZoneId zone;

    public SeriesExpander(ZoneId zone) {
        this.zone = zone;
    }

    /** The occurrences of {@code appointment} that overlap {@code [from, to)}. */
    public List<CalendarEntry> expand(Appointment appointment, Instant from, Instant to) {
        Instant start = appointment.start();
        Instant end = appointment.end() == null || appointment.end().isBefore(start) ? start : appointment.end();
        Optional<RecurrenceRule> rule = RecurrenceParser.parse(appointment.recurrence());
        if (rule.isEmpty()) {
            return overlaps(start, end, from, to)
                    ? List.of(entry(appointment, start, end, appointment.recurrence() != null)) : List.of();
        }
        Duration length = Duration.between(start, end);
        ZonedDateTime first = start.atZone(zone);
        // an occurrence that starts before the window may still reach into it
        LocalDate fromDay = from.minus(length).atZone(zone).toLocalDate().minusDays(1);
        LocalDate toDay = to.atZone(zone).toLocalDate();
        List<CalendarEntry> out = new ArrayList<>();
        for (LocalDate day : rule.get().dates(first.toLocalDate(), fromDay, toDay)) {
            Instant occurrenceStart = first.with(day).toInstant();
            Instant occurrenceEnd = occurrenceStart.plus(length);
            if (overlaps(occurrenceStart, occurrenceEnd, from, to)) {
                out.add(entry(appointment, occurrenceStart, occurrenceEnd, true));
            }
        }
        return out;
    }

    private static boolean overlaps(Instant start, Instant end, Instant from, Instant to) {
        return start.isBefore(to) && (end.isAfter(from) || (end.equals(start) && !start.isBefore(from)));
    }

    private static CalendarEntry entry(Appointment a, Instant start, Instant end, boolean recurring) {
        return new CalendarEntry(a.itemId(), a.folderId(), a.title(), a.location(), start, end, a.allDay(), recurring,
                a.start());
    }

    /** What the expander needs of a cached appointment; {@code recurrence} is null for a single one. */
    public record Appointment(long itemId, long folderId, String title, String location, Instant start, Instant end,
                              boolean allDay, String recurrence) {
    }
}
