package org.interchange.ui.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.interchange.cache.api.OccurrenceChange;

/**
 * Turns cached appointments into the occurrences that fall in a window: single appointments as they
 * are, series ([MS-OXOCAL] 2.2.1.44) expanded day by day with their first occurrence's wall-clock
 * time and duration in the series' own zone (the viewer's when it names none), so a weekly 09:00 Berlin meeting
 * stays at 09:00 Berlin time across daylight saving wherever it is viewed; deleted occurrences left out and changed ones
 * ([MS-OXOCAL] 2.2.1.44.2 ExceptionInfo) at their new times.
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
        Map<Instant, OccurrenceChange> changed = new HashMap<>();
        for (OccurrenceChange c : appointment.changes()) {
            changed.put(c.originalStart(), c);
        }
        Duration length = Duration.between(start, end);
        ZoneId seriesZone = appointment.timeZone() == null ? zone : appointment.timeZone();
        ZonedDateTime first = start.atZone(seriesZone);
        // an occurrence that starts before the window may still reach into it, and a moved one may come from afar
        Duration reach = length;
        for (OccurrenceChange c : appointment.changes()) {
            Duration away = Duration.between(c.start(), c.originalStart()).abs().plus(Duration.between(c.start(), c.end()));
            reach = away.compareTo(reach) > 0 ? away : reach;
        }
        LocalDate fromDay = from.minus(reach).atZone(seriesZone).toLocalDate().minusDays(1);
        LocalDate toDay = to.plus(reach.minus(length)).atZone(seriesZone).toLocalDate().plusDays(1);
        List<CalendarEntry> out = new ArrayList<>();
        for (LocalDate day : rule.get().dates(first.toLocalDate(), fromDay, toDay)) {
            Instant original = first.with(day).toInstant();
            if (appointment.deleted().contains(original)) {
                continue;
            }
            OccurrenceChange change = changed.get(original);
            Instant occurrenceStart = change == null ? original : change.start();
            Instant occurrenceEnd = change == null ? original.plus(length) : change.end();
            if (overlaps(occurrenceStart, occurrenceEnd, from, to)) {
                String title = change == null || blank(change.subject()) ? appointment.title() : change.subject();
                String location = change == null || blank(change.location()) ? appointment.location() : change.location();
                out.add(new CalendarEntry(appointment.itemId(), appointment.folderId(), title, location,
                        occurrenceStart, occurrenceEnd, appointment.allDay(), true, appointment.start(), original));
            }
        }
        out.sort(java.util.Comparator.comparing(CalendarEntry::start));
        return out;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static boolean overlaps(Instant start, Instant end, Instant from, Instant to) {
        return start.isBefore(to) && (end.isAfter(from) || (end.equals(start) && !start.isBefore(from)));
    }

    private static CalendarEntry entry(Appointment a, Instant start, Instant end, boolean recurring) {
        return new CalendarEntry(a.itemId(), a.folderId(), a.title(), a.location(), start, end, a.allDay(), recurring,
                a.start());
    }

    /**
     * What the expander needs of a cached appointment; {@code recurrence} is null for a single one,
     * {@code deleted} the original starts of deleted occurrences, {@code changes} the moved or retitled ones,
     * {@code timeZone} the zone a series repeats in (null: the viewer's).
     */
    public record Appointment(long itemId, long folderId, String title, String location, Instant start, Instant end,
                              boolean allDay, String recurrence, Set<Instant> deleted, List<OccurrenceChange> changes,
                              ZoneId timeZone) {
        public Appointment {
            deleted = Set.copyOf(deleted);
            changes = List.copyOf(changes);
        }

        /** An appointment or series repeating in the viewer's zone. */
        public Appointment(long itemId, long folderId, String title, String location, Instant start, Instant end,
                           boolean allDay, String recurrence, Set<Instant> deleted, List<OccurrenceChange> changes) {
            this(itemId, folderId, title, location, start, end, allDay, recurrence, deleted, changes, null);
        }

        /** An appointment or series without exceptions. */
        public Appointment(long itemId, long folderId, String title, String location, Instant start, Instant end,
                           boolean allDay, String recurrence) {
            this(itemId, folderId, title, location, start, end, allDay, recurrence, Set.of(), List.of());
        }
    }
}
