package org.interchange.plugin.mapi;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.interchange.cache.api.OccurrenceChange;
import org.interchange.cache.api.PimFields;
import org.interchange.cache.spi.RemoteItem;
import org.interchange.mapi.client.write.AttachmentSpec;
import org.interchange.mapi.objects.NamedPropertyIds;
import org.interchange.mapi.objects.PidLid;
import org.interchange.mapi.objects.PropertyBag;
import org.interchange.mapi.objects.ical.ItemZone;
import org.interchange.mapi.objects.ical.RecurrenceRules;
import org.interchange.mapi.objects.recurrence.AppointmentRecurrencePattern;
import org.interchange.mapi.objects.recurrence.AppointmentRecurrenceWriter;
import org.interchange.mapi.objects.recurrence.EndType;
import org.interchange.mapi.objects.recurrence.ExceptionInfo;
import org.interchange.mapi.objects.recurrence.RecurrencePattern;

/**
 * A series ({@link PimFields#RECURRENCE_RULE}, {@link PimFields#DELETED_OCCURRENCES},
 * {@link PimFields#MODIFIED_OCCURRENCES}) as the AppointmentRecurrencePattern blob of [MS-OXOCAL] 2.2.1.44.5 with
 * its ExceptionInfo and ExtendedException entries (2.2.1.44.2, 2.2.1.44.3) plus PidLidRecurring, both ways; on
 * upload each changed occurrence also gets its exception attachment ({@link ExceptionAttachments}). The blob
 * counts in the local time of the series' zone ({@link SeriesZone}), so a weekly 09:00 meeting stays at 09:00
 * there across daylight saving changes.
 */
final class RecurrenceFields {
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.BASIC_ISO_DATE;

    private RecurrenceFields() {
    }

    /**
     * Writes the series of appointment {@code item} (its date and end date are the first occurrence's); a blank
     * rule makes it a single appointment, no rule leaves the recurrence unwritten.
     */
    static void write(RemoteItem item, NamedPropertyIds ids, PropertyBag.Builder b, List<AttachmentSpec> attachments) {
        Map<String, String> f = item.fields();
        String rule = f.get(PimFields.RECURRENCE_RULE);
        if (rule == null) {
            return;
        }
        if (rule.isBlank() || item.date() == null || item.endDate() == null) {
            b.set(PidLid.RECURRING, false);
            return;
        }
        ItemZone zone = SeriesZone.forUpload(f, item.date());
        LocalDateTime first = zone.toLocal(item.date());
        String until = RecurrenceRules.parts(rule.strip()).get("UNTIL");
        LocalDate untilDate = until == null ? null : LocalDate.parse(until.substring(0, 8), UNTIL);
        RecurrencePattern pattern = RecurrenceRules.fromRule(rule.strip(), first.toLocalDate(), untilDate);
        AppointmentRecurrencePattern series = AppointmentRecurrencePattern.of(pattern, first.toLocalTime(),
                Duration.between(item.date(), item.endDate()));
        for (Instant deleted : instants(f.get(PimFields.DELETED_OCCURRENCES))) {
            series = series.withDeletedOccurrence(zone.toLocal(deleted).toLocalDate());
        }
        for (OccurrenceChange change : OccurrenceChange.parseAll(f.get(PimFields.MODIFIED_OCCURRENCES))) {
            ExceptionInfo e = ExceptionInfo.moved(zone.toLocal(change.originalStart()), zone.toLocal(change.start()),
                    zone.toLocal(change.end()));
            if (change.subject() != null && !change.subject().isBlank()) {
                e = e.withSubject(change.subject());
            }
            if (change.location() != null && !change.location().isBlank()) {
                e = e.withLocation(change.location());
            }
            series = series.withModifiedOccurrence(e);
            attachments.add(ExceptionAttachments.of(item, change, e, ids));
        }
        b.set(PidLid.RECURRING, true).set(PidLid.APPOINTMENT_RECUR, AppointmentRecurrenceWriter.write(series));
        SeriesZone.write(zone, first.getYear(), b);
    }

    /** Reads the rule, the deleted and the changed occurrences of a readable series laid out in {@code zone}. */
    static void read(AppointmentRecurrencePattern series, ItemZone zone, Map<String, String> f) {
        RecurrencePattern p = series.pattern();
        String until = p.endType() == EndType.AFTER_DATE ? UNTIL.format(p.endDate()) : null;
        f.put(PimFields.RECURRENCE_RULE, RecurrenceRules.toRule(p, until));
        Set<LocalDate> modified = new HashSet<>();
        List<OccurrenceChange> changes = new ArrayList<>();
        for (ExceptionInfo e : series.exceptions()) {
            modified.add(e.originalStart().toLocalDate());
            changes.add(new OccurrenceChange(zone.toInstant(e.originalStart()), zone.toInstant(e.start()),
                    zone.toInstant(e.end()), e.subject(), e.location()));
        }
        List<String> deleted = new ArrayList<>();
        for (LocalDate d : p.deletedInstanceDates()) {
            if (!modified.contains(d)) {
                deleted.add(zone.toInstant(d.atTime(series.startTime())).toString());
            }
        }
        if (!deleted.isEmpty()) {
            f.put(PimFields.DELETED_OCCURRENCES, String.join("\n", deleted));
        }
        if (!changes.isEmpty()) {
            f.put(PimFields.MODIFIED_OCCURRENCES, OccurrenceChange.formatAll(changes));
        }
        SeriesZone.put(zone, f);
    }

    private static List<Instant> instants(String lines) {
        List<Instant> out = new ArrayList<>();
        if (lines != null) {
            for (String line : lines.split("\n")) {
                if (!line.isBlank()) {
                    out.add(Instant.parse(line.strip()));
                }
            }
        }
        return out;
    }
}
