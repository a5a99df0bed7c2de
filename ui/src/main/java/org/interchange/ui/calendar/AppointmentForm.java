package org.interchange.ui.calendar;

import java.time.Instant;
import java.util.Objects;

/**
 * What the appointment editor shows and gives back ([MS-OXOCAL] 2.2.1): the calendar folder, title,
 * location, notes, times, all-day flag, the reminder's minutes before the start (null: none,
 * PidLidReminderDelta) and the series' rule (null: a single appointment).
 */
public record AppointmentForm(long folderId, String title, String location, String notes, Instant start, Instant end,
                              boolean allDay, Integer reminderMinutes, RecurrenceRule rule) {
    public AppointmentForm {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("The appointment ends before it starts.");
        }
        title = title == null ? "" : title;
    }
}
