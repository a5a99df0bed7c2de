package org.interchange.ui.calendar;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.interchange.cache.api.ItemFields;
import org.interchange.cache.api.OccurrenceChange;
import org.interchange.cache.api.PimFields;

/**
 * Reads and changes the series fields of a cached appointment ([MS-OXOCAL] 2.2.1.44): the rule, the
 * deleted occurrences and the changed ones, as {@link PimFields} stores them. Pure functions over field maps.
 */
public final class SeriesFields {
    private SeriesFields() {
    }

    /** The rule text: the RRULE when one was written, else the plugin's description; null for a single appointment. */
    public static String recurrence(Map<String, String> fields) {
        String rule = fields.get(PimFields.RECURRENCE_RULE);
        if (rule != null && !rule.isBlank()) {
            return rule;
        }
        String described = fields.get(ItemFields.RECURRENCE);
        return described == null || described.isBlank() ? null : described;
    }

    /**
     * The zone the series repeats in (PidLidAppointmentTimeZoneDefinitionRecur as the cache keeps it); null when
     * the series names none or one this JDK does not know, and the viewer's zone is used.
     */
    public static ZoneId zone(Map<String, String> fields) {
        String id = fields.get(PimFields.TIME_ZONE);
        if (id == null || id.isBlank()) {
            return null;
        }
        try {
            return ZoneId.of(id.strip());
        } catch (DateTimeException unknown) {
            return null;
        }
    }

    public static Set<Instant> deleted(Map<String, String> fields) {
        Set<Instant> out = new LinkedHashSet<>();
        String text = fields.get(PimFields.DELETED_OCCURRENCES);
        if (text != null) {
            for (String line : text.split("\n")) {
                if (!line.isBlank()) {
                    try {
                        out.add(Instant.parse(line.strip()));
                    } catch (java.time.format.DateTimeParseException bad) {
                        // a line we cannot read hides nothing
                    }
                }
            }
        }
        return out;
    }

    public static List<OccurrenceChange> changes(Map<String, String> fields) {
        try {
            return OccurrenceChange.parseAll(fields.get(PimFields.MODIFIED_OCCURRENCES));
        } catch (IllegalArgumentException malformed) {
            return List.of();
        }
    }

    /** The fields with the occurrence that starts at {@code originalStart} deleted (and any change of it dropped). */
    static Map<String, String> withDeleted(Map<String, String> fields, Instant originalStart) {
        Map<String, String> out = new LinkedHashMap<>(fields);
        Set<Instant> deleted = deleted(fields);
        deleted.add(originalStart);
        out.put(PimFields.DELETED_OCCURRENCES, String.join("\n", deleted.stream().map(Instant::toString).toList()));
        List<OccurrenceChange> changes = new ArrayList<>(changes(fields));
        changes.removeIf(c -> c.originalStart().equals(originalStart));
        out.put(PimFields.MODIFIED_OCCURRENCES, OccurrenceChange.formatAll(changes));
        return out;
    }

    /** The fields with {@code change} replacing any earlier change of the same occurrence. */
    static Map<String, String> withChange(Map<String, String> fields, OccurrenceChange change) {
        Map<String, String> out = new LinkedHashMap<>(fields);
        List<OccurrenceChange> changes = new ArrayList<>(changes(fields));
        changes.removeIf(c -> c.originalStart().equals(change.originalStart()));
        changes.add(change);
        out.put(PimFields.MODIFIED_OCCURRENCES, OccurrenceChange.formatAll(changes));
        return out;
    }

    /** The fields with a new rule (null: no longer a series); exceptions are dropped as they belonged to the old rule. */
    static Map<String, String> withRule(Map<String, String> fields, RecurrenceRule rule) {
        Map<String, String> out = new LinkedHashMap<>(fields);
        String text = rule == null ? "" : rule.toRRule();
        out.put(PimFields.RECURRENCE_RULE, text);
        out.put(ItemFields.RECURRENCE, text);
        out.put(PimFields.DELETED_OCCURRENCES, "");
        out.put(PimFields.MODIFIED_OCCURRENCES, "");
        return out;
    }
}
