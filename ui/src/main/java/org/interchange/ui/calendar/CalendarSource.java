package org.interchange.ui.calendar;

/**
 * A calendar folder shown in the calendar views ([MS-OXOCAL] 2.2.11 calendar folder), with the colour
 * slot it is drawn in ({@code 0..}{@link #COLOURS}-1, given in folder order).
 */
public record CalendarSource(long folderId, String accountName, String name, int colour) {
    public static final int COLOURS = 7;
}
