package org.interchange.mapi.objects.recurrence;

import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * One instance of a recurring series ([MS-OXOCAL] 3.1.4.5): the date the pattern gave it, its
 * actual times, and the exception that changed it, or null if it is as the series says.
 */
public record Occurrence(LocalDate originalDate, ZonedDateTime start, ZonedDateTime end, ExceptionInfo exception) {

    public boolean isModified() {
        return exception != null;
    }

    /** The exception's subject, else the series' subject. */
    public String subject(String seriesSubject) {
        return exception != null && exception.subject() != null ? exception.subject() : seriesSubject;
    }

    /** The exception's location, else the series' location. */
    public String location(String seriesLocation) {
        return exception != null && exception.location() != null ? exception.location() : seriesLocation;
    }
}
