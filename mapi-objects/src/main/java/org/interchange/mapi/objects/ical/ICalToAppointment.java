package org.interchange.mapi.objects.ical;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.interchange.mapi.objects.NamedPropertyIds;
import org.interchange.mapi.objects.PidLid;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.objects.PropertyBag;
import org.interchange.mapi.objects.mime.MapiMessage;
import org.interchange.mapi.objects.recurrence.AppointmentRecurrencePattern;
import org.interchange.mapi.objects.recurrence.AppointmentRecurrenceWriter;
import org.interchange.mapi.objects.recurrence.ExceptionInfo;
import org.interchange.mapi.objects.recurrence.RecurrenceDescription;
import org.interchange.mapi.objects.recurrence.RecurrencePattern;

/**
 * VEVENTs of one UID to an appointment or meeting object, [MS-OXCICAL] 2.1.3.1.1.20 and 2.1.3.2:
 * the master's times, zone properties and recurrence blob; each RECURRENCE-ID VEVENT as a modified
 * instance (a cancelled one or an EXDATE as a deleted one), a changed DESCRIPTION as an exception
 * attachment; iTIP METHOD as the meeting message class.
 */
public final class ICalToAppointment {
    static final String EXCEPTION_CLASS = "IPM.OLE.CLASS.{00061055-0000-0000-C000-000000000046}";
    private static final int ATTACH_EMBEDDED_MESSAGE = 5;
    /** asfMeeting, asfReceived, asfCanceled of PidLidAppointmentStateFlags, [MS-OXOCAL] 2.2.1.10. */
    private static final int MEETING = 0x1;
    private static final int RECEIVED = 0x2;
    private static final int CANCELED = 0x4;
    private static final List<String> BUSY = List.of("FREE", "TENTATIVE", "BUSY", "OOF", "WORKINGELSEWHERE");
    /** The ClipEnd of a series that never ends, [MS-OXOCAL] 2.2.1.14. */
    private static final Instant NEVER_CLIP_END = Instant.parse("4500-08-31T23:59:00Z");

    private final ZoneResolver zones;
    private final NamedPropertyIds ids;
    private final String method;

    public ICalToAppointment(ZoneResolver zones, NamedPropertyIds ids, String method) {
        this.zones = zones;
        this.ids = ids;
        this.method = method == null ? "" : method.strip().toUpperCase(Locale.ROOT);
    }

    /** The object for a master VEVENT (or a lone instance when {@code master} is null) and its instances. */
    public MapiMessage convert(ICalComponent master, List<ICalComponent> instances) {
        ICalComponent main = master != null ? master : instances.getFirst();
        PropertyBag.Builder b = PropertyBag.builder(ids);
        CommonFields.read(main, b);
        Times t = times(main, null);
        b.set(PidTag.MESSAGE_CLASS, messageClass(main));
        b.set(PidLid.LOCATION, main.text("LOCATION"));
        setTimes(b, t);
        b.set(PidLid.BUSY_STATUS, busy(main));
        String intended = main.value("X-MICROSOFT-CDO-INTENDEDSTATUS");
        if (intended != null && BUSY.contains(intended.strip().toUpperCase(Locale.ROOT))) {
            b.set(PidLid.INTENDED_BUSY_STATUS, BUSY.indexOf(intended.strip().toUpperCase(Locale.ROOT)));
        }
        String sequence = main.value("SEQUENCE");
        if (sequence != null && sequence.strip().matches("\\d{1,9}")) {
            b.set(PidLid.APPOINTMENT_SEQUENCE, Integer.parseInt(sequence.strip()));
        }
        String uid = main.text("UID");
        if (uid != null && !uid.isBlank()) {
            byte[] goid = GlobalObjectIds.fromUid(uid);
            b.set(PidLid.CLEAN_GLOBAL_OBJECT_ID, goid);
            b.set(PidLid.GLOBAL_OBJECT_ID, master == null ? instanceId(goid, main) : goid);
        }
        Alarms.read(main, t.start, b);
        Attendees.readOrganizer(main, b);
        List<PropertyBag> recipients = Attendees.readAttendees(main);
        if (Attendees.rsvp(main)) {
            b.set(PidTag.RESPONSE_REQUESTED, true);
        }
        int state = recipients.isEmpty() && !method.equals("REQUEST") && !method.equals("CANCEL") ? 0 : MEETING;
        if (method.equals("REQUEST") || method.equals("CANCEL") || method.equals("REPLY")) {
            state |= RECEIVED;
        }
        if (method.equals("CANCEL") || "CANCELLED".equalsIgnoreCase(strip(main.value("STATUS")))) {
            state |= CANCELED;
        }
        b.set(PidLid.APPOINTMENT_STATE_FLAGS, state);
        List<PropertyBag> attachments = new ArrayList<>();
        Map<Integer, MapiMessage> embedded = new HashMap<>();
        String rrule = master == null ? null : master.value("RRULE");
        b.set(PidLid.RECURRING, rrule != null);
        if (rrule != null) {
            recurrence(master, rrule, instances, t, b, attachments, embedded);
        }
        return new MapiMessage(b.build(), recipients, attachments, embedded);
    }

    private String messageClass(ICalComponent main) {
        return switch (method) {
            case "REQUEST" -> "IPM.Schedule.Meeting.Request";
            case "CANCEL" -> "IPM.Schedule.Meeting.Canceled";
            case "REPLY" -> main.all("ATTENDEE").stream().findFirst()
                    .map(a -> switch (Attendees.trackStatus(a.parameter("PARTSTAT"))) {
                        case 3 -> "IPM.Schedule.Meeting.Resp.Pos";
                        case 4 -> "IPM.Schedule.Meeting.Resp.Neg";
                        default -> "IPM.Schedule.Meeting.Resp.Tent";
                    }).orElse("IPM.Schedule.Meeting.Resp.Tent");
            default -> "IPM.Appointment";
        };
    }

    /** The start, end, all-day flag and zone of one VEVENT; {@code series} is the master's zone for instances. */
    private record Times(Instant start, Instant end, boolean allDay, ItemZone zone, LocalDateTime localStart,
                         LocalDateTime localEnd) {
    }

    private Times times(ICalComponent c, ItemZone series) {
        ICalProperty dtstart = c.property("DTSTART")
                .orElseThrow(() -> new ICalFormatException("no DTSTART"));
        ICalTime start = ICalTime.parse(dtstart);
        ItemZone zone = series != null ? series : zoneOf(start);
        Instant startInstant = instant(start, zone);
        Instant endInstant;
        ICalTime end = c.property("DTEND").map(ICalTime::parse).orElse(null);
        if (end != null) {
            endInstant = instant(end, zoneOf(end, zone));
        } else if (c.value("DURATION") != null) {
            endInstant = startInstant.plus(ICalTime.duration("DURATION", c.value("DURATION")));
        } else {
            endInstant = start.dateOnly() ? instant(new ICalTime(start.local().plusDays(1), true, false, null), zone)
                    : startInstant;
        }
        if (endInstant.isBefore(startInstant)) {
            throw new ICalFormatException("DTEND " + (end == null ? "" : end.local()) + " is before DTSTART "
                    + start.local());
        }
        boolean allDay = start.dateOnly() || ("TRUE".equalsIgnoreCase(strip(c.value("X-MICROSOFT-CDO-ALLDAYEVENT")))
                && zone.toLocal(startInstant).toLocalTime().equals(java.time.LocalTime.MIDNIGHT));
        return new Times(startInstant, endInstant, allDay, zone, zone.toLocal(startInstant), zone.toLocal(endInstant));
    }

    private ItemZone zoneOf(ICalTime t) {
        int year = t.local().getYear();
        return t.tzid() != null ? zones.resolve(t.tzid(), year) : ItemZone.of(zones.fallback(), year);
    }

    private ItemZone zoneOf(ICalTime t, ItemZone otherwise) {
        return t.tzid() != null ? zones.resolve(t.tzid(), t.local().getYear()) : otherwise;
    }

    private static Instant instant(ICalTime t, ItemZone zone) {
        return t.utc() ? t.local().toInstant(ZoneOffset.UTC) : zone.toInstant(t.local());
    }

    private void setTimes(PropertyBag.Builder b, Times t) {
        b.set(PidLid.APPOINTMENT_START_WHOLE, t.start).set(PidLid.APPOINTMENT_END_WHOLE, t.end)
                .set(PidTag.START_DATE, t.start).set(PidTag.END_DATE, t.end)
                .set(PidLid.COMMON_START, t.start).set(PidLid.COMMON_END, t.end)
                .set(PidLid.APPOINTMENT_DURATION, (int) Duration.between(t.start, t.end).toMinutes())
                .set(PidLid.APPOINTMENT_SUB_TYPE, t.allDay)
                .set(PidLid.TIME_ZONE_STRUCT, t.zone.struct().write())
                .set(PidLid.TIME_ZONE_DESCRIPTION, t.zone.keyName())
                .set(PidLid.APPOINTMENT_TIME_ZONE_DEFINITION_START_DISPLAY,
                        t.zone.definition(t.localStart.getYear()).write())
                .set(PidLid.APPOINTMENT_TIME_ZONE_DEFINITION_END_DISPLAY,
                        t.zone.definition(t.localStart.getYear()).write());
    }

    private int busy(ICalComponent c) {
        String cdo = strip(c.value("X-MICROSOFT-CDO-BUSYSTATUS"));
        if (cdo != null && BUSY.contains(cdo.toUpperCase(Locale.ROOT))) {
            return BUSY.indexOf(cdo.toUpperCase(Locale.ROOT));
        }
        if ("TRANSPARENT".equalsIgnoreCase(strip(c.value("TRANSP")))) {
            return 0;
        }
        return "TENTATIVE".equalsIgnoreCase(strip(c.value("STATUS"))) ? 1 : 2;
    }

    private void recurrence(ICalComponent master, String rrule, List<ICalComponent> instances, Times t,
                            PropertyBag.Builder b, List<PropertyBag> attachments, Map<Integer, MapiMessage> embedded) {
        LocalDate start = t.localStart.toLocalDate();
        LocalDate until = null;
        String untilValue = RecurrenceRules.parts(rrule).get("UNTIL");
        if (untilValue != null) {
            ICalTime u = ICalTime.parse("RRULE UNTIL", untilValue, Map.of());
            until = u.utc() ? t.zone.toLocal(u.local().toInstant(ZoneOffset.UTC)).toLocalDate() : u.local().toLocalDate();
        }
        RecurrencePattern pattern = RecurrenceRules.fromRule(rrule, start, until);
        AppointmentRecurrencePattern series = AppointmentRecurrencePattern.of(pattern, t.localStart.toLocalTime(),
                Duration.between(t.start, t.end));
        for (ICalProperty exdate : master.all("EXDATE")) {
            for (String value : exdate.value().split(",")) {
                ICalTime x = ICalTime.parse("EXDATE", value, exdate.parameters());
                series = series.withDeletedOccurrence(localDate(x, t.zone));
            }
        }
        for (ICalComponent instance : instances) {
            series = instance(master, instance, series, t, attachments, embedded);
        }
        b.set(PidLid.APPOINTMENT_RECUR, AppointmentRecurrenceWriter.write(series));
        b.set(PidLid.RECURRENCE_TYPE, recurrenceType(pattern));
        b.set(PidLid.RECURRENCE_PATTERN, RecurrenceDescription.describe(series));
        b.set(PidLid.APPOINTMENT_TIME_ZONE_DEFINITION_RECUR, t.zone.definition(start.getYear()).write());
        b.set(PidLid.CLIP_START, t.zone.toInstant(pattern.startDate().atStartOfDay()));
        b.set(PidLid.CLIP_END, pattern.endType().isNever() ? NEVER_CLIP_END
                : t.zone.toInstant(pattern.endDate().atStartOfDay()));
    }

    private static LocalDate localDate(ICalTime x, ItemZone zone) {
        return x.utc() ? zone.toLocal(x.local().toInstant(ZoneOffset.UTC)).toLocalDate() : x.local().toLocalDate();
    }

    private AppointmentRecurrencePattern instance(ICalComponent master, ICalComponent instance,
                                                  AppointmentRecurrencePattern series, Times t,
                                                  List<PropertyBag> attachments, Map<Integer, MapiMessage> embedded) {
        ICalProperty rid = instance.property("RECURRENCE-ID").orElseThrow();
        ICalTime originalTime = ICalTime.parse(rid);
        LocalDate originalDate;
        if (originalTime.dateOnly()) {
            originalDate = originalTime.local().toLocalDate();
        } else if (originalTime.utc()) {
            originalDate = t.zone.toLocal(originalTime.local().toInstant(ZoneOffset.UTC)).toLocalDate();
        } else {
            ItemZone ridZone = originalTime.tzid() != null
                    ? zones.resolve(originalTime.tzid(), originalTime.local().getYear()) : t.zone;
            originalDate = t.zone.toLocal(ridZone.toInstant(originalTime.local())).toLocalDate();
        }
        if ("CANCELLED".equalsIgnoreCase(strip(instance.value("STATUS")))) {
            return series.withDeletedOccurrence(originalDate);
        }
        Times it = times(instance, t.zone);
        LocalDateTime originalStart = originalDate.atStartOfDay().plusMinutes(series.startTimeOffset());
        String subject = changed(instance.text("SUMMARY"), master.text("SUMMARY"));
        String location = changed(instance.text("LOCATION"), master.text("LOCATION"));
        String body = changed(instance.text("DESCRIPTION"), master.text("DESCRIPTION"));
        int busy = busy(instance);
        Integer reminder = Alarms.minutesBefore(instance, it.start);
        Integer masterReminder = Alarms.minutesBefore(master, t.start);
        ExceptionInfo e = new ExceptionInfo(t.zone.toLocal(it.start), t.zone.toLocal(it.end), originalStart, subject,
                null, Objects.equals(reminder, masterReminder) || reminder == null ? null : reminder,
                Objects.equals(reminder == null, masterReminder == null) ? null : reminder != null, location,
                busy == busy(master) ? null : busy, null, it.allDay == t.allDay ? null : it.allDay, null,
                body != null, null);
        if (body != null) {
            attachments.add(exceptionAttachment(t.zone.toInstant(originalStart), it, attachments.size()));
            embedded.put(attachments.size() - 1, exceptionMessage(instance, it, body));
        }
        return series.withModifiedOccurrence(e);
    }

    private static String changed(String value, String seriesValue) {
        return value != null && !value.equals(seriesValue) ? value : null;
    }

    /** The attachment holding an exception's embedded message, [MS-OXOCAL] 2.2.10.1. */
    private PropertyBag exceptionAttachment(Instant originalStart, Times it, int number) {
        return PropertyBag.builder(ids).set(PidTag.ATTACH_NUMBER, number)
                .set(PidTag.ATTACH_METHOD, ATTACH_EMBEDDED_MESSAGE).set(PidTag.ATTACHMENT_HIDDEN, true)
                .set(PidTag.RENDERING_POSITION, -1).set(PidTag.DISPLAY_NAME, "Untitled")
                .set(PidTag.EXCEPTION_REPLACE_TIME, originalStart)
                .set(PidTag.EXCEPTION_START_TIME, it.localStart.toInstant(ZoneOffset.UTC))
                .set(PidTag.EXCEPTION_END_TIME, it.localEnd.toInstant(ZoneOffset.UTC)).build();
    }

    private MapiMessage exceptionMessage(ICalComponent instance, Times it, String body) {
        PropertyBag.Builder e = PropertyBag.builder(ids).set(PidTag.MESSAGE_CLASS, EXCEPTION_CLASS)
                .set(PidTag.SUBJECT, instance.text("SUMMARY")).set(PidTag.BODY, body)
                .set(PidLid.LOCATION, instance.text("LOCATION"));
        setTimes(e, it);
        return new MapiMessage(e.build(), List.of(), List.of());
    }

    private static byte[] instanceId(byte[] goid, ICalComponent instance) {
        return instance.property("RECURRENCE-ID").map(ICalTime::parse)
                .map(r -> GlobalObjectIds.withInstanceDate(goid, r.local().toLocalDate())).orElse(goid);
    }

    /** PidLidRecurrenceType, [MS-OXOCAL] 2.2.1.45. */
    private static int recurrenceType(RecurrencePattern p) {
        return switch (p.frequency()) {
            case DAILY -> 1;
            case WEEKLY -> 2;
            case MONTHLY -> p.patternType() == org.interchange.mapi.objects.recurrence.PatternType.MONTH_NTH ? 5 : 3;
            case YEARLY -> p.patternType() == org.interchange.mapi.objects.recurrence.PatternType.MONTH_NTH ? 6 : 4;
        };
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }
}
