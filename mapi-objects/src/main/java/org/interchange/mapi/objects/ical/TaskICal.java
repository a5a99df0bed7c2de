package org.interchange.mapi.objects.ical;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.interchange.mapi.codec.io.MapiCodecException;
import org.interchange.mapi.objects.NamedPropertyIds;
import org.interchange.mapi.objects.PidLid;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.objects.PropertyBag;
import org.interchange.mapi.objects.mime.MapiMessage;
import org.interchange.mapi.objects.recurrence.AppointmentRecurrenceReader;
import org.interchange.mapi.objects.recurrence.AppointmentRecurrenceWriter;
import org.interchange.mapi.objects.recurrence.EndType;
import org.interchange.mapi.objects.recurrence.RecurrencePattern;

/**
 * A task ([MS-OXOTASK] 2.2.2.2) as a VTODO and back, [MS-OXCICAL] 2.1.3.1.1.21: STATUS from
 * PidLidTaskStatus (waiting and deferred kept in X-MAPI-TASKSTATUS), PERCENT-COMPLETE, DTSTART and
 * DUE as dates (the task dates are midnight of a date), COMPLETED, PRIORITY, and RRULE from
 * PidLidTaskRecurrence.
 */
public final class TaskICal {
    private static final String[] STATUS = {"NEEDS-ACTION", "IN-PROCESS", "COMPLETED", "NEEDS-ACTION", "NEEDS-ACTION"};
    private static final String STATUS_DETAIL = "X-MAPI-TASKSTATUS";

    private TaskICal() {
    }

    public static ICalComponent toVTodo(MapiMessage task, Instant now) {
        PropertyBag p = task.properties();
        try {
            ICalComponent c = new ICalComponent("VTODO").add("UID", uid(p));
            CommonFields.write(c, p, now);
            int status = (int) Math.clamp(p.number(PidLid.TASK_STATUS, 0), 0, 4);
            c.add("STATUS", STATUS[status]);
            if (status >= 3) {
                c.add(STATUS_DETAIL, status == 3 ? "WAITING" : "DEFERRED");
            }
            if (p.has(PidLid.PERCENT_COMPLETE)) {
                c.add("PERCENT-COMPLETE", String.valueOf(Math.round(p.decimal(PidLid.PERCENT_COMPLETE, 0) * 100)));
            }
            date(c, "DTSTART", p.time(PidLid.TASK_START_DATE));
            date(c, "DUE", p.time(PidLid.TASK_DUE_DATE));
            Instant completed = p.time(PidLid.TASK_DATE_COMPLETED);
            if (completed != null) {
                c.add("COMPLETED", ICalTime.formatUtc(completed));
            }
            byte[] recurrence = p.bytes(PidLid.TASK_RECURRENCE);
            if (p.flag(PidLid.TASK_F_RECURRING) && recurrence != null) {
                RecurrencePattern pattern = AppointmentRecurrenceReader.readPattern(recurrence);
                String until = pattern.endType() == EndType.AFTER_DATE ? ICalTime.formatDate(pattern.endDate()) : null;
                c.add("RRULE", RecurrenceRules.toRule(pattern, until));
            }
            Alarms.write(c, p);
            return c;
        } catch (MapiCodecException | IllegalArgumentException | ICalFormatException e) {
            throw new ICalFormatException(name(p.string(PidTag.SUBJECT)) + ": " + e.getMessage(), e);
        }
    }

    private static void date(ICalComponent c, String name, Instant midnight) {
        if (midnight != null) {
            c.add(new ICalProperty(name, Map.of("VALUE", "DATE"),
                    ICalTime.formatDate(LocalDate.ofInstant(midnight, ZoneOffset.UTC))));
        }
    }

    private static String uid(PropertyBag p) {
        byte[] key = p.bytes(PidTag.SOURCE_KEY);
        return key != null ? HexFormat.of().formatHex(key).toUpperCase(Locale.ROOT) : UUID.randomUUID().toString();
    }

    public static MapiMessage fromVTodo(ICalComponent c, NamedPropertyIds ids) {
        try {
            PropertyBag.Builder b = PropertyBag.builder(ids).set(PidTag.MESSAGE_CLASS, "IPM.Task");
            CommonFields.read(c, b);
            String status = c.value("STATUS") == null ? "NEEDS-ACTION" : c.value("STATUS").strip().toUpperCase(Locale.ROOT);
            String detail = c.value(STATUS_DETAIL);
            int taskStatus = switch (status) {
                case "IN-PROCESS" -> 1;
                case "COMPLETED" -> 2;
                case "CANCELLED" -> 4;
                default -> "WAITING".equalsIgnoreCase(detail) ? 3 : "DEFERRED".equalsIgnoreCase(detail) ? 4 : 0;
            };
            b.set(PidLid.TASK_STATUS, taskStatus).set(PidLid.TASK_COMPLETE, taskStatus == 2);
            String percent = c.value("PERCENT-COMPLETE");
            if (percent != null) {
                try {
                    b.set(PidLid.PERCENT_COMPLETE, Math.clamp(Integer.parseInt(percent.strip()), 0, 100) / 100.0);
                } catch (NumberFormatException e) {
                    throw new ICalFormatException("PERCENT-COMPLETE: not a number: \"" + percent + "\"", e);
                }
            } else if (taskStatus == 2) {
                b.set(PidLid.PERCENT_COMPLETE, 1.0);
            }
            Instant start = c.property("DTSTART").map(TaskICal::midnight).orElse(null);
            Instant due = c.property("DUE").map(TaskICal::midnight).orElse(null);
            b.set(PidLid.TASK_START_DATE, start).set(PidLid.TASK_DUE_DATE, due)
                    .set(PidLid.COMMON_START, start).set(PidLid.COMMON_END, due);
            c.property("COMPLETED").map(ICalTime::parse)
                    .ifPresent(t -> b.set(PidLid.TASK_DATE_COMPLETED, t.local().toInstant(ZoneOffset.UTC)));
            String rrule = c.value("RRULE");
            b.set(PidLid.TASK_F_RECURRING, rrule != null);
            if (rrule != null) {
                Instant anchor = start != null ? start : due;
                if (anchor == null) {
                    throw new ICalFormatException("a recurring VTODO needs DTSTART or DUE");
                }
                String until = RecurrenceRules.parts(rrule).get("UNTIL");
                LocalDate untilDate = until == null ? null
                        : ICalTime.parse("RRULE UNTIL", until, Map.of()).local().toLocalDate();
                b.set(PidLid.TASK_RECURRENCE, AppointmentRecurrenceWriter.writePattern(RecurrenceRules.fromRule(rrule,
                        LocalDate.ofInstant(anchor, ZoneOffset.UTC), untilDate)));
            }
            Alarms.read(c, due, b);
            return new MapiMessage(b.build(), List.of(), List.of());
        } catch (ICalFormatException | IllegalArgumentException e) {
            throw new ICalFormatException(name(c.text("SUMMARY")) + ": " + e.getMessage(), e);
        }
    }

    /** A task date: midnight of the DATE (or of the date-time's date) as PidLidTaskStartDate holds it. */
    private static Instant midnight(ICalProperty p) {
        return ICalTime.parse(p).local().toLocalDate().atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    private static String name(String subject) {
        return "task '" + (subject == null ? "" : subject) + "'";
    }
}
