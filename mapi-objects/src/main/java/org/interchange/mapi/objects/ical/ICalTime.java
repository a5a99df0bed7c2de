package org.interchange.mapi.objects.ical;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * A DATE or DATE-TIME value (RFC 5545 3.3.4 and 3.3.5): a date, a UTC time ("Z"), or a local time
 * with the TZID it is in (null for floating time).
 */
public record ICalTime(LocalDateTime local, boolean dateOnly, boolean utc, String tzid) {
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    /** Parses one value; {@code property} names the property in the error message. */
    public static ICalTime parse(String property, String value, Map<String, String> parameters) {
        String v = value == null ? "" : value.strip();
        try {
            boolean dateOnly = "DATE".equalsIgnoreCase(parameters.get("VALUE")) || v.length() == 8;
            if (dateOnly) {
                return new ICalTime(LocalDate.parse(v.substring(0, 8), DATE).atStartOfDay(), true, false, null);
            }
            boolean utc = v.endsWith("Z") || v.endsWith("z");
            String body = utc ? v.substring(0, v.length() - 1) : v;
            if (body.length() == 13) {
                body = body + "00";
            }
            LocalDateTime local = LocalDateTime.parse(body, LOCAL);
            return new ICalTime(local, false, utc, utc ? null : parameters.get("TZID"));
        } catch (DateTimeException | IndexOutOfBoundsException e) {
            throw new ICalFormatException(property + ": not a date or date-time: \"" + v + "\"", e);
        }
    }

    /** A DURATION value (RFC 5545 3.3.6), weeks included ("P2W", "-P1W"). */
    public static java.time.Duration duration(String property, String value) {
        String v = value == null ? "" : value.strip().toUpperCase(java.util.Locale.ROOT);
        try {
            java.util.regex.Matcher weeks = java.util.regex.Pattern.compile("([+-]?)P(\\d{1,6})W").matcher(v);
            if (weeks.matches()) {
                return java.time.Duration.ofDays(Long.parseLong(weeks.group(2)) * 7 * ("-".equals(weeks.group(1)) ? -1 : 1));
            }
            return java.time.Duration.parse(v);
        } catch (java.time.format.DateTimeParseException | ArithmeticException e) {
            throw new ICalFormatException(property + ": not a duration: \"" + value + "\"", e);
        }
    }

    public static ICalTime parse(ICalProperty p) {
        return parse(p.name(), p.value(), p.parameters());
    }

    public static String formatUtc(Instant instant) {
        return LOCAL.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC)) + "Z";
    }

    public static String formatLocal(LocalDateTime local) {
        return LOCAL.format(local);
    }

    public static String formatDate(LocalDate date) {
        return DATE.format(date);
    }
}
