package org.interchange.plugin.mapi;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.interchange.cache.api.PimFields;
import org.interchange.mapi.objects.PidLid;
import org.interchange.mapi.objects.PropertyBag;
import org.interchange.mapi.objects.ical.RecurrenceRules;
import org.interchange.mapi.objects.recurrence.AppointmentRecurrencePattern;
import org.interchange.mapi.objects.recurrence.AppointmentRecurrenceWriter;
import org.interchange.mapi.objects.recurrence.EndType;
import org.interchange.mapi.objects.recurrence.RecurrencePattern;

/**
 * A series' rule and deleted occurrences ({@link PimFields#RECURRENCE_RULE}, {@link PimFields#DELETED_OCCURRENCES})
 * as the AppointmentRecurrencePattern blob of [MS-OXOCAL] 2.2.1.44 plus PidLidRecurring, both ways. The blob
 * counts in local time; the cache's instants carry no zone, so the series is laid out in UTC.
 */
final class RecurrenceFields {
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.BASIC_ISO_DATE;

    private RecurrenceFields() {
    }

    /** Writes the series of an appointment from {@code start} to {@code end}; "" makes it a single appointment. */
    static void write(Map<String, String> f, Instant start, Instant end, PropertyBag.Builder b) {
        String rule = f.get(PimFields.RECURRENCE_RULE);
        if (rule == null) {
            return;
        }
        if (rule.isBlank() || start == null || end == null) {
            b.set(PidLid.RECURRING, false);
            return;
        }
        String until = RecurrenceRules.parts(rule.strip()).get("UNTIL");
        LocalDate untilDate = until == null ? null : LocalDate.parse(until.substring(0, 8), UNTIL);
        RecurrencePattern pattern = RecurrenceRules.fromRule(rule.strip(), start.atOffset(ZoneOffset.UTC).toLocalDate(),
                untilDate);
        AppointmentRecurrencePattern series = AppointmentRecurrencePattern.of(pattern,
                start.atOffset(ZoneOffset.UTC).toLocalTime(), Duration.between(start, end));
        String deleted = f.get(PimFields.DELETED_OCCURRENCES);
        if (deleted != null) {
            for (String line : deleted.split("\n")) {
                if (!line.isBlank()) {
                    series = series.withDeletedOccurrence(Instant.parse(line.strip()).atOffset(ZoneOffset.UTC)
                            .toLocalDate());
                }
            }
        }
        b.set(PidLid.RECURRING, true).set(PidLid.APPOINTMENT_RECUR, AppointmentRecurrenceWriter.write(series));
    }

    /** Reads the rule and the deleted (not the modified) occurrences' original starts of a readable series. */
    static void read(AppointmentRecurrencePattern series, Map<String, String> f) {
        RecurrencePattern p = series.pattern();
        String until = p.endType() == EndType.AFTER_DATE ? UNTIL.format(p.endDate()) : null;
        f.put(PimFields.RECURRENCE_RULE, RecurrenceRules.toRule(p, until));
        Set<LocalDate> modified = new HashSet<>();
        series.exceptions().forEach(e -> modified.add(e.originalStart().toLocalDate()));
        List<String> deleted = new ArrayList<>();
        for (LocalDate d : p.deletedInstanceDates()) {
            if (!modified.contains(d)) {
                deleted.add(d.atTime(series.startTime()).toInstant(ZoneOffset.UTC).toString());
            }
        }
        if (!deleted.isEmpty()) {
            f.put(PimFields.DELETED_OCCURRENCES, String.join("\n", deleted));
        }
    }
}
