package org.interchange.ui.notify;

import java.time.Instant;

/**
 * A reminder that is due ([MS-OXORMDR] 2.2.1 PidLidReminderDelta, PidLidReminderSignalTime): the
 * occurrence of an appointment it is for and when it became due.
 */
public record Reminder(long itemId, String title, String location, Instant start, Instant end, Instant due) {

    /** A stable key: the item and the occurrence's start. */
    public String key() {
        return itemId + "@" + start;
    }
}
