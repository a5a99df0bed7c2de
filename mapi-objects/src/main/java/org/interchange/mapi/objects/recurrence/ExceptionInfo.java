package org.interchange.mapi.objects.recurrence;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One modified instance of a series: the ExceptionInfo structure, [MS-OXOCAL] 2.2.1.44.2, merged
 * with its ExtendedException, 2.2.1.44.3 (whose Unicode subject and location win over the 8-bit
 * ones). Times are local times of the series' time zone. A null override means "as in the series";
 * the OverrideFlags written are derived from which overrides are set.
 */
public record ExceptionInfo(LocalDateTime start, LocalDateTime end, LocalDateTime originalStart, String subject,
                            Integer meetingType, Integer reminderDelta, Boolean reminderSet, String location,
                            Integer busyStatus, Boolean attachment, Boolean allDay, Integer appointmentColor,
                            boolean exceptionalBody, Integer changeHighlight) {

    public static final int ARO_SUBJECT = 0x0001;
    public static final int ARO_MEETINGTYPE = 0x0002;
    public static final int ARO_REMINDERDELTA = 0x0004;
    public static final int ARO_REMINDER = 0x0008;
    public static final int ARO_LOCATION = 0x0010;
    public static final int ARO_BUSYSTATUS = 0x0020;
    public static final int ARO_ATTACHMENT = 0x0040;
    public static final int ARO_SUBTYPE = 0x0080;
    public static final int ARO_APPTCOLOR = 0x0100;
    public static final int ARO_EXCEPTIONAL_BODY = 0x0200;

    public ExceptionInfo {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(originalStart, "originalStart");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("an exception cannot end before it starts");
        }
    }

    /** An instance moved to other times, nothing else changed. */
    public static ExceptionInfo moved(LocalDateTime originalStart, LocalDateTime start, LocalDateTime end) {
        return new ExceptionInfo(start, end, originalStart, null, null, null, null, null, null, null, null, null,
                false, null);
    }

    public ExceptionInfo withSubject(String newSubject) {
        return new ExceptionInfo(start, end, originalStart, newSubject, meetingType, reminderDelta, reminderSet,
                location, busyStatus, attachment, allDay, appointmentColor, exceptionalBody, changeHighlight);
    }

    public ExceptionInfo withLocation(String newLocation) {
        return new ExceptionInfo(start, end, originalStart, subject, meetingType, reminderDelta, reminderSet,
                newLocation, busyStatus, attachment, allDay, appointmentColor, exceptionalBody, changeHighlight);
    }

    public ExceptionInfo withBusyStatus(Integer newBusyStatus) {
        return new ExceptionInfo(start, end, originalStart, subject, meetingType, reminderDelta, reminderSet,
                location, newBusyStatus, attachment, allDay, appointmentColor, exceptionalBody, changeHighlight);
    }

    public ExceptionInfo withReminder(Boolean set, Integer minutesBefore) {
        return new ExceptionInfo(start, end, originalStart, subject, meetingType, minutesBefore, set,
                location, busyStatus, attachment, allDay, appointmentColor, exceptionalBody, changeHighlight);
    }

    /** The OverrideFlags field for the overrides this exception sets. */
    public int overrideFlags() {
        return (subject != null ? ARO_SUBJECT : 0) | (meetingType != null ? ARO_MEETINGTYPE : 0)
                | (reminderDelta != null ? ARO_REMINDERDELTA : 0) | (reminderSet != null ? ARO_REMINDER : 0)
                | (location != null ? ARO_LOCATION : 0) | (busyStatus != null ? ARO_BUSYSTATUS : 0)
                | (attachment != null ? ARO_ATTACHMENT : 0) | (allDay != null ? ARO_SUBTYPE : 0)
                | (appointmentColor != null ? ARO_APPTCOLOR : 0) | (exceptionalBody ? ARO_EXCEPTIONAL_BODY : 0);
    }
}
