package org.interchange.mapi.objects.ical;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.interchange.mapi.objects.PidLid;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.objects.PropertyBag;
import org.interchange.mapi.objects.mime.MapiMessage;
import org.interchange.mapi.objects.recurrence.AppointmentRecurrencePattern;
import org.interchange.mapi.objects.recurrence.AppointmentRecurrenceReader;
import org.interchange.mapi.objects.recurrence.EndType;
import org.interchange.mapi.objects.recurrence.ExceptionInfo;
import org.interchange.mapi.codec.io.MapiCodecException;

/**
 * An appointment or meeting object ([MS-OXOCAL] 2.2.1) as VEVENTs, [MS-OXCICAL] 2.1.3.1.1.20: the
 * master with DTSTART/DTEND in the item's zone, RRULE and EXDATE from PidLidAppointmentRecur, and one
 * VEVENT with RECURRENCE-ID per modified instance (its subject, location, times, busy status,
 * reminder and, from the exception attachment, body).
 */
public final class AppointmentToICal {
    private static final String BUSY_PROPERTY = "X-MICROSOFT-CDO-BUSYSTATUS";
    private static final String[] BUSY = {"FREE", "TENTATIVE", "BUSY", "OOF", "WORKINGELSEWHERE"};

    private AppointmentToICal() {
    }

    /** The events of one appointment and the zone their times are in (null when all are UTC). */
    public record Events(List<ICalComponent> events, ItemZone zone) {
    }

    public static Events convert(MapiMessage appointment, ZoneId fallback, Instant now) {
        PropertyBag p = appointment.properties();
        String item = itemName(p);
        try {
            return convert(appointment, p, fallback, now);
        } catch (ICalFormatException | MapiCodecException | IllegalArgumentException e) {
            throw new ICalFormatException(item + ": " + e.getMessage(), e);
        }
    }

    static String itemName(PropertyBag p) {
        String subject = p.string(PidTag.SUBJECT);
        return "appointment '" + (subject == null ? "" : subject) + "'";
    }

    private static Events convert(MapiMessage m, PropertyBag p, ZoneId fallback, Instant now) {
        Instant start = first(p.time(PidLid.APPOINTMENT_START_WHOLE), p.time(PidTag.START_DATE));
        Instant end = first(p.time(PidLid.APPOINTMENT_END_WHOLE), p.time(PidTag.END_DATE));
        if (start == null) {
            throw new ICalFormatException("no start time (PidLidAppointmentStartWhole)");
        }
        if (end == null || end.isBefore(start)) {
            end = start;
        }
        boolean allDay = p.flag(PidLid.APPOINTMENT_SUB_TYPE);
        AppointmentRecurrencePattern recurrence = AppointmentRecurrenceReader.read(p).orElse(null);
        ItemZone zone = ItemZone.fromMapi(p).orElse(null);
        if (zone == null && (recurrence != null || allDay)) {
            zone = ItemZone.of(fallback, start.atZone(fallback).getYear());
        }
        String uid = uid(p);
        ICalComponent master = new ICalComponent("VEVENT").add("UID", ICalProperty.escape(uid));
        if (recurrence != null) {
            LocalDateTime first = recurrence.pattern().startDate().atStartOfDay().plusMinutes(recurrence.startTimeOffset());
            times(master, zone, zone.toInstant(first), zone.toInstant(first.plus(recurrence.duration())), allDay);
            master.add("RRULE", RecurrenceRules.toRule(recurrence.pattern(), until(recurrence, zone, allDay)));
            exdates(master, recurrence, zone, allDay);
        } else {
            times(master, zone, start, end, allDay);
        }
        describe(master, p, m.recipients(), now);
        List<ICalComponent> events = new ArrayList<>();
        events.add(master);
        if (recurrence != null) {
            for (ExceptionInfo e : recurrence.exceptions()) {
                events.add(exception(m, p, e, recurrence, zone, allDay, uid, now));
            }
        }
        return new Events(events, zone);
    }

    private static void describe(ICalComponent c, PropertyBag p, List<PropertyBag> recipients, Instant now) {
        CommonFields.write(c, p, now);
        String location = p.string(PidLid.LOCATION);
        if (location != null && !location.isEmpty()) {
            c.add(ICalProperty.ofText("LOCATION", location));
        }
        if (p.has(PidLid.APPOINTMENT_SEQUENCE)) {
            c.add("SEQUENCE", String.valueOf(p.number(PidLid.APPOINTMENT_SEQUENCE, 0)));
        }
        busy(c, (int) p.number(PidLid.BUSY_STATUS, 2));
        if (p.has(PidLid.INTENDED_BUSY_STATUS)) {
            int intended = (int) p.number(PidLid.INTENDED_BUSY_STATUS, 2);
            c.add("X-MICROSOFT-CDO-INTENDEDSTATUS", BUSY[Math.clamp(intended, 0, 4)]);
        }
        if ((p.number(PidLid.APPOINTMENT_STATE_FLAGS, 0) & 4) != 0) {
            c.add("STATUS", "CANCELLED");
        }
        Attendees.write(c, p, recipients);
        Alarms.write(c, p);
    }

    private static void busy(ICalComponent c, int status) {
        c.add("TRANSP", status == 0 ? "TRANSPARENT" : "OPAQUE");
        c.add(BUSY_PROPERTY, BUSY[Math.clamp(status, 0, 4)]);
    }

    private static void times(ICalComponent c, ItemZone zone, Instant start, Instant end, boolean allDay) {
        if (allDay) {
            LocalDate from = zone.toLocal(start).toLocalDate();
            LocalDate to = zone.toLocal(end).toLocalDate();
            c.add(new ICalProperty("DTSTART", Map.of("VALUE", "DATE"), ICalTime.formatDate(from)));
            c.add(new ICalProperty("DTEND", Map.of("VALUE", "DATE"), ICalTime.formatDate(to.isAfter(from) ? to : from.plusDays(1))));
            c.add("X-MICROSOFT-CDO-ALLDAYEVENT", "TRUE");
        } else if (zone == null) {
            c.add("DTSTART", ICalTime.formatUtc(start));
            c.add("DTEND", ICalTime.formatUtc(end));
        } else {
            c.add(local("DTSTART", zone, zone.toLocal(start)));
            c.add(local("DTEND", zone, zone.toLocal(end)));
        }
    }

    private static ICalProperty local(String name, ItemZone zone, LocalDateTime time) {
        return new ICalProperty(name, Map.of("TZID", zone.tzid()), ICalTime.formatLocal(time));
    }

    private static String until(AppointmentRecurrencePattern r, ItemZone zone, boolean allDay) {
        if (r.pattern().endType() != EndType.AFTER_DATE) {
            return null;
        }
        LocalDateTime last = r.pattern().endDate().atStartOfDay().plusMinutes(r.startTimeOffset());
        return allDay ? ICalTime.formatDate(last.toLocalDate()) : ICalTime.formatUtc(zone.toInstant(last));
    }

    private static void exdates(ICalComponent c, AppointmentRecurrencePattern r, ItemZone zone, boolean allDay) {
        Set<LocalDate> modified = new HashSet<>();
        for (ExceptionInfo e : r.exceptions()) {
            modified.add(e.originalStart().toLocalDate());
        }
        for (LocalDate d : r.pattern().deletedInstanceDates()) {
            if (modified.contains(d)) {
                continue;
            }
            if (allDay) {
                c.add(new ICalProperty("EXDATE", Map.of("VALUE", "DATE"), ICalTime.formatDate(d)));
            } else {
                c.add(local("EXDATE", zone, d.atStartOfDay().plusMinutes(r.startTimeOffset())));
            }
        }
    }

    private static ICalComponent exception(MapiMessage m, PropertyBag p, ExceptionInfo e,
                                           AppointmentRecurrencePattern r, ItemZone zone, boolean seriesAllDay,
                                           String uid, Instant now) {
        boolean allDay = e.allDay() != null ? e.allDay() : seriesAllDay;
        ICalComponent c = new ICalComponent("VEVENT").add("UID", ICalProperty.escape(uid));
        LocalDateTime original = e.originalStart().toLocalDate().atStartOfDay().plusMinutes(r.startTimeOffset());
        if (seriesAllDay) {
            c.add(new ICalProperty("RECURRENCE-ID", Map.of("VALUE", "DATE"), ICalTime.formatDate(original.toLocalDate())));
        } else {
            c.add(local("RECURRENCE-ID", zone, original));
        }
        times(c, zone, zone.toInstant(e.start()), zone.toInstant(e.end()), allDay);
        String subject = e.subject() != null ? e.subject() : p.string(PidTag.SUBJECT);
        if (subject != null) {
            c.add(ICalProperty.ofText("SUMMARY", subject));
        }
        String body = e.exceptionalBody() ? exceptionBody(m, zone.toInstant(original), zone.toInstant(e.start()))
                : p.string(PidTag.BODY);
        if (body != null && !body.isEmpty()) {
            c.add(ICalProperty.ofText("DESCRIPTION", body));
        }
        String location = e.location() != null ? e.location() : p.string(PidLid.LOCATION);
        if (location != null && !location.isEmpty()) {
            c.add(ICalProperty.ofText("LOCATION", location));
        }
        if (p.has(PidLid.APPOINTMENT_SEQUENCE)) {
            c.add("SEQUENCE", String.valueOf(p.number(PidLid.APPOINTMENT_SEQUENCE, 0)));
        }
        busy(c, e.busyStatus() != null ? e.busyStatus() : (int) p.number(PidLid.BUSY_STATUS, 2));
        c.add("DTSTAMP", ICalTime.formatUtc(now));
        boolean reminder = e.reminderSet() != null ? e.reminderSet() : p.flag(PidLid.REMINDER_SET);
        if (reminder) {
            int delta = e.reminderDelta() != null ? e.reminderDelta() : (int) p.number(PidLid.REMINDER_DELTA, 15);
            c.add(Alarms.alarm(delta));
        }
        return c;
    }

    /** The body of the exception attachment ([MS-OXOCAL] 2.2.10.1) for an instance, if present. */
    private static String exceptionBody(MapiMessage m, Instant originalStart, Instant start) {
        for (Map.Entry<Integer, MapiMessage> embedded : m.embedded().entrySet()) {
            PropertyBag attachment = m.attachments().get(embedded.getKey());
            PropertyBag ex = embedded.getValue().properties();
            if (originalStart.equals(attachment.time(PidTag.EXCEPTION_REPLACE_TIME))
                    || start.equals(ex.time(PidLid.APPOINTMENT_START_WHOLE))) {
                return ex.string(PidTag.BODY);
            }
        }
        return null;
    }

    private static String uid(PropertyBag p) {
        String uid = GlobalObjectIds.toUid(p.bytes(PidLid.CLEAN_GLOBAL_OBJECT_ID));
        if (uid == null) {
            uid = GlobalObjectIds.toUid(p.bytes(PidLid.GLOBAL_OBJECT_ID));
        }
        if (uid == null) {
            byte[] key = p.bytes(PidTag.SOURCE_KEY);
            uid = key != null ? java.util.HexFormat.of().formatHex(key).toUpperCase(java.util.Locale.ROOT)
                    : java.util.UUID.randomUUID().toString();
        }
        return uid;
    }

    private static Instant first(Instant a, Instant b) {
        return a != null ? a : b;
    }
}
