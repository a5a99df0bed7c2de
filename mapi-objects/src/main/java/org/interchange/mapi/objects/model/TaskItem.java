package org.interchange.mapi.objects.model;

import java.time.Instant;
import org.interchange.mapi.objects.PidLid;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.objects.PropertyBag;

/** A task's main fields, [MS-OXOTASK] 2.2.2.2. */
public record TaskItem(String subject, Status status, double percentComplete, Instant startDate, Instant dueDate,
                       boolean complete, String body, Instant lastModified) {

    /** PidLidTaskStatus values, [MS-OXOTASK] 2.2.2.2.2. */
    public enum Status { NOT_STARTED, IN_PROGRESS, COMPLETE, WAITING_ON_OTHER, DEFERRED }

    public static TaskItem from(PropertyBag p) {
        int status = (int) p.number(PidLid.TASK_STATUS, 0);
        return new TaskItem(p.string(PidTag.SUBJECT), Status.values()[Math.clamp(status, 0, 4)],
                p.decimal(PidLid.PERCENT_COMPLETE, 0), p.time(PidLid.TASK_START_DATE), p.time(PidLid.TASK_DUE_DATE),
                p.flag(PidLid.TASK_COMPLETE), p.string(PidTag.BODY), p.time(PidTag.LAST_MODIFICATION_TIME));
    }
}
