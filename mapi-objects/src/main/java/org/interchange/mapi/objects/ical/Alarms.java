package org.interchange.mapi.objects.ical;

import java.time.Duration;
import java.time.Instant;
import org.interchange.mapi.objects.PidLid;
import org.interchange.mapi.objects.PropertyBag;

/**
 * The reminder ([MS-OXCICAL] 2.1.3.1.1.20.61, VALARM) to and from PidLidReminderSet and
 * PidLidReminderDelta: a DISPLAY alarm that many minutes before the start.
 */
final class Alarms {
    private Alarms() {
    }

    static ICalComponent alarm(int minutesBefore) {
        return new ICalComponent("VALARM").add("ACTION", "DISPLAY").add("DESCRIPTION", "Reminder")
                .add("TRIGGER", minutesBefore == 0 ? "PT0M" : "-PT" + minutesBefore + "M");
    }

    static void write(ICalComponent c, PropertyBag p) {
        if (p.flag(PidLid.REMINDER_SET)) {
            c.add(alarm((int) p.number(PidLid.REMINDER_DELTA, 15)));
        }
    }

    /** Minutes before {@code start} of the component's first alarm, or null without one. */
    static Integer minutesBefore(ICalComponent c, Instant start) {
        for (ICalComponent alarm : c.components("VALARM")) {
            ICalProperty trigger = alarm.property("TRIGGER").orElse(null);
            if (trigger == null) {
                continue;
            }
            if ("DATE-TIME".equalsIgnoreCase(trigger.parameter("VALUE"))) {
                ICalTime at = ICalTime.parse(trigger);
                if (start != null && at.utc()) {
                    return (int) Duration.between(at.local().toInstant(java.time.ZoneOffset.UTC), start).toMinutes();
                }
                continue;
            }
            return (int) -ICalTime.duration("VALARM TRIGGER", trigger.value()).toMinutes();
        }
        return null;
    }

    static void read(ICalComponent c, Instant start, PropertyBag.Builder b) {
        Integer minutes = minutesBefore(c, start);
        b.set(PidLid.REMINDER_SET, minutes != null);
        if (minutes != null) {
            b.set(PidLid.REMINDER_DELTA, minutes);
            if (start != null) {
                b.set(PidLid.REMINDER_TIME, start);
                b.set(PidLid.REMINDER_SIGNAL_TIME, start.minus(Duration.ofMinutes(minutes)));
            }
        }
    }
}
