package org.interchange.mapi.objects.model;

import java.time.Instant;
import org.interchange.mapi.objects.PidLid;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.objects.PropertyBag;

/** A calendar appointment's main fields, [MS-OXOCAL] 2.2.1. The recurrence blob is read elsewhere. */
public record Appointment(String subject, String location, Instant start, Instant end, boolean allDay,
                          boolean recurring, String recurrenceDescription, String organizer, String body,
                          Instant lastModified) {

    public static Appointment from(PropertyBag p) {
        Instant start = p.time(PidLid.APPOINTMENT_START_WHOLE);
        Instant end = p.time(PidLid.APPOINTMENT_END_WHOLE);
        return new Appointment(p.string(PidTag.SUBJECT), p.string(PidLid.LOCATION),
                start != null ? start : p.time(PidTag.START_DATE), end != null ? end : p.time(PidTag.END_DATE),
                p.flag(PidLid.APPOINTMENT_SUB_TYPE), p.flag(PidLid.RECURRING), p.string(PidLid.RECURRENCE_PATTERN),
                p.string(PidTag.SENT_REPRESENTING_NAME), p.string(PidTag.BODY),
                p.time(PidTag.LAST_MODIFICATION_TIME));
    }
}
