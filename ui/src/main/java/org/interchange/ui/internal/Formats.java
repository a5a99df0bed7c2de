package org.interchange.ui.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;

/** Formats dates and sizes the way mail clients show them in lists and headers. */
public final class Formats {
    private final Clock clock;
    private final Locale locale;
    private final DateTimeFormatter time;
    private final DateTimeFormatter shortDate;
    private final DateTimeFormatter full;
    private final DateTimeFormatter shortDateTime;

    public Formats(Clock clock, Locale locale) {
        this.clock = clock;
        this.locale = locale;
        this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        this.shortDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale);
        this.shortDateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale);
        this.full = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
    }

    public static Formats system() {
        return new Formats(Clock.systemDefaultZone(), Locale.getDefault(Locale.Category.FORMAT));
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    /** Today: the time; within the last week: weekday and time; otherwise the short date. */
    public String listDate(Instant instant) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime at = instant.atZone(zone());
        LocalDate today = LocalDate.now(clock);
        LocalDate day = at.toLocalDate();
        if (day.equals(today)) {
            return time.format(at);
        }
        if (day.isBefore(today) && day.isAfter(today.minusDays(7))) {
            return day.getDayOfWeek().getDisplayName(TextStyle.SHORT, locale) + " " + time.format(at);
        }
        return shortDate.format(at);
    }

    /** Short date and time, for appointment lists: "11/30/26, 9:00 AM". */
    public String shortDateTime(Instant instant) {
        return instant == null ? "" : shortDateTime.format(instant.atZone(zone()));
    }

    /** The end of an appointment: only its time when it ends on the day it starts. */
    public String end(Instant start, Instant end) {
        if (end == null) {
            return "";
        }
        if (start != null && start.atZone(zone()).toLocalDate().equals(end.atZone(zone()).toLocalDate())) {
            return time.format(end.atZone(zone()));
        }
        return shortDateTime(end);
    }

    /** Date and time in full, for headers and detail panes. */
    public String fullDate(Instant instant) {
        return instant == null ? "" : full.format(instant.atZone(zone()));
    }

    /** An ISO-8601 instant or date field shown like {@link #fullDate}; anything else is shown as it is. */
    public String fieldDate(String iso) {
        if (iso == null || iso.isBlank()) {
            return "";
        }
        try {
            return fullDate(Instant.parse(iso));
        } catch (RuntimeException notAnInstant) {
            try {
                return shortDate.format(LocalDate.parse(iso));
            } catch (RuntimeException notADate) {
                return iso;
            }
        }
    }

    /** Binary units, one decimal below 10: "512 B", "1.5 KB", "23 MB". */
    public String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        String number = value < 10 ? String.format(locale, "%.1f", value) : String.format(locale, "%.0f", value);
        return number + " " + units[unit];
    }
}
