package org.interchange.ui.calendar;

import java.time.Instant;

/**
 * One occurrence of an appointment to draw ([MS-OXOCAL] 2.2.1): a single appointment, or one day of
 * an expanded series ({@code recurring} true, {@code seriesStart} the start of the series' first occurrence).
 */
public record CalendarEntry(long itemId, long folderId, String title, String location, Instant start, Instant end,
                            boolean allDay, boolean recurring, Instant seriesStart) {

    /** A stable key of this occurrence: the item and the start of the occurrence. */
    public String key() {
        return itemId + "@" + start;
    }
}
