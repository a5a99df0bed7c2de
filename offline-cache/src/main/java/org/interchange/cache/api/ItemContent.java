package org.interchange.cache.api;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the user wrote for an appointment, contact, task or note ([MS-OXOCAL], [MS-OXOCNTC],
 * [MS-OXOTASK], [MS-OXONOTE]): the query columns of {@link ItemSummary} ({@code subject}: the title,
 * the contact's display name or the note's first line; {@code date}: the start, due date or null;
 * {@code endDate}: the end of an appointment, else null), the plain or HTML body, and kind-specific
 * {@code fields} keyed by {@link ItemFields} with values in the forms documented there. The factories
 * fill the fields of each kind.
 */
public record ItemContent(String subject, String bodyText, String bodyHtml, Instant date, Instant endDate,
                          Map<String, String> fields) {

    public ItemContent {
        fields = Map.copyOf(fields);
    }

    /** An appointment from {@code start} to {@code end}; {@code location} and {@code notes} may be null. */
    public static ItemContent appointment(String subject, Instant start, Instant end, String location,
                                          boolean allDay, String notes) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("an appointment cannot end (" + end + ") before it starts (" + start + ")");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        putIfPresent(fields, ItemFields.LOCATION, location);
        fields.put(ItemFields.ALL_DAY, Boolean.toString(allDay));
        return new ItemContent(subject, notes, null, start, end, fields);
    }

    /** A contact; every argument but {@code displayName} may be null. */
    public static ItemContent contact(String displayName, String email, String company, String jobTitle,
                                      String businessPhone, String mobilePhone, String notes) {
        Objects.requireNonNull(displayName, "displayName");
        Map<String, String> fields = new LinkedHashMap<>();
        putIfPresent(fields, ItemFields.EMAIL, email);
        putIfPresent(fields, ItemFields.COMPANY, company);
        putIfPresent(fields, ItemFields.JOB_TITLE, jobTitle);
        putIfPresent(fields, ItemFields.BUSINESS_PHONE, businessPhone);
        putIfPresent(fields, ItemFields.MOBILE_PHONE, mobilePhone);
        return new ItemContent(displayName, notes, null, null, null, fields);
    }

    /**
     * A task; {@code due} may be null, {@code status} is PidLidTaskStatus (0 to 4) and
     * {@code percentComplete} a fraction from 0.0 to 1.0.
     */
    public static ItemContent task(String subject, Instant due, int status, double percentComplete, String notes) {
        if (status < 0 || status > 4) {
            throw new IllegalArgumentException("task status must be 0 to 4, not " + status);
        }
        if (!(percentComplete >= 0 && percentComplete <= 1)) {
            throw new IllegalArgumentException("percent complete must be 0.0 to 1.0, not " + percentComplete);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(ItemFields.TASK_STATUS, Integer.toString(status));
        fields.put(ItemFields.PERCENT_COMPLETE, Double.toString(percentComplete));
        return new ItemContent(subject, notes, null, due, null, fields);
    }

    /** A note; its subject is the first line of {@code text}, {@code color} is PidLidNoteColor (0 to 4). */
    public static ItemContent note(String text, int color) {
        if (color < 0 || color > 4) {
            throw new IllegalArgumentException("note colour must be 0 to 4, not " + color);
        }
        String body = text == null ? "" : text;
        String firstLine = body.strip().lines().findFirst().orElse("");
        return new ItemContent(firstLine, body, null, null, null,
                Map.of(ItemFields.NOTE_COLOR, Integer.toString(color)));
    }

    private static void putIfPresent(Map<String, String> fields, String name, String value) {
        if (value != null && !value.isBlank()) {
            fields.put(name, value);
        }
    }
}
