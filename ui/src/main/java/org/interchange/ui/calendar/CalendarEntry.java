package org.interchange.ui.calendar;

import java.time.Instant;

/**
 * One occurrence of an appointment to draw ([MS-OXOCAL] 2.2.1): a single appointment, or one day of
 * an expanded series ({@code recurring} true, {@code seriesStart} the start of the series' first occurrence,
 * {@code originalStart} the start the rule gives this occurrence, which differs from {@code start} when it
 * was moved on its own, [MS-OXOCAL] 2.2.1.44.2).
 */
public record CalendarEntry(long itemId, long folderId, String title, String location, Instant start, Instant end,
                            boolean allDay, boolean recurring, Instant seriesStart, Instant originalStart) {

    /** An occurrence where the rule put it. */
    public CalendarEntry(long itemId, long folderId, String title, String location, Instant start, Instant end,
                         boolean allDay, boolean recurring, Instant seriesStart) {
        this(itemId, folderId, title, location, start, end, allDay, recurring, seriesStart, start);
    }

    /** A stable key of this occurrence: the item and the start the rule gives it. */
    public String key() {
        return itemId + "@" + originalStart;
    }
}
