package org.interchange.plugin.mapi;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.interchange.cache.api.PimFields;
import org.interchange.mapi.objects.PidLid;
import org.interchange.mapi.objects.PropertyBag;

/**
 * The reminder of an appointment or task ([MS-OXORMDR] 2.2.1: PidLidReminderSet, PidLidReminderDelta,
 * PidLidReminderTime, PidLidReminderSignalTime) as the cache's {@link PimFields#REMINDER_MINUTES} and
 * {@link PimFields#REMINDER_NEXT}, both ways.
 */
final class ReminderFields {
    /** The signal time Outlook writes for a dismissed reminder: 4501-01-01, "never" ([MS-OXORMDR] 3.1.4.3). */
    static final Instant NEVER = Instant.parse("4501-01-01T00:00:00Z");
    static final String DISMISSED = "dismissed";

    private ReminderFields() {
    }

    /** Writes the reminder (none when the field is absent, off when it is "") of an item due at {@code due} (the start of an appointment, a task's due date). */
    static void write(Map<String, String> fields, Instant due, PropertyBag.Builder b) {
        String minutes = fields.get(PimFields.REMINDER_MINUTES);
        if (minutes == null) {
            return;
        }
        if (minutes.isBlank()) {
            b.set(PidLid.REMINDER_SET, false);
            return;
        }
        int delta = Integer.parseInt(minutes.strip());
        b.set(PidLid.REMINDER_SET, true).set(PidLid.REMINDER_DELTA, delta).set(PidLid.REMINDER_TIME, due);
        String next = fields.get(PimFields.REMINDER_NEXT);
        Instant signal;
        if (next != null && !next.isBlank()) {
            signal = DISMISSED.equals(next.strip()) ? NEVER : Instant.parse(next.strip());
        } else {
            signal = due == null ? null : due.minus(Duration.ofMinutes(delta));
        }
        b.set(PidLid.REMINDER_SIGNAL_TIME, signal);
    }

    /** Reads the reminder into {@code fields}; the next time is kept only when snoozed or dismissed. */
    static void read(PropertyBag p, Instant due, Map<String, String> fields) {
        if (!p.flag(PidLid.REMINDER_SET)) {
            return;
        }
        long delta = p.number(PidLid.REMINDER_DELTA, 0);
        fields.put(PimFields.REMINDER_MINUTES, Long.toString(delta));
        Instant signal = p.time(PidLid.REMINDER_SIGNAL_TIME);
        if (signal == null) {
            return;
        }
        if (!signal.isBefore(NEVER)) {
            fields.put(PimFields.REMINDER_NEXT, DISMISSED);
        } else if (due == null || !signal.equals(due.minus(Duration.ofMinutes(delta)))) {
            fields.put(PimFields.REMINDER_NEXT, signal.toString());
        }
    }
}
