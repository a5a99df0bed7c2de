package org.interchange.ui.calendar;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * An iTIP REPLY ([RFC 5546] 3.2.3; [MS-OXCICAL] 2.1.3.1.1.3 METHOD:REPLY): the iCalendar object an
 * attendee sends the organizer to accept, tentatively accept or decline a meeting, in RFC 5545 form
 * (CRLF line ends, lines folded at 75 octets, TEXT values escaped).
 */
public final class ITipReply {
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private ITipReply() {
    }

    /**
     * @param partStat ACCEPTED, TENTATIVE or DECLINED
     * @param start    the meeting's start, or null when the request did not say
     */
    public static String of(String uid, int sequence, String summary, Instant start, Instant end, String organizer,
                            String attendee, String partStat, Instant now) {
        Objects.requireNonNull(uid, "uid");
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "PRODID:-//Interchange//Interchange//EN");
        line(out, "VERSION:2.0");
        line(out, "METHOD:REPLY");
        line(out, "BEGIN:VEVENT");
        line(out, "UID:" + text(uid));
        line(out, "DTSTAMP:" + UTC.format(now));
        line(out, "SEQUENCE:" + Math.max(0, sequence));
        if (start != null) {
            line(out, "DTSTART:" + UTC.format(start));
        }
        if (end != null) {
            line(out, "DTEND:" + UTC.format(end));
        }
        line(out, "SUMMARY:" + text(summary == null ? "" : summary));
        line(out, "ORGANIZER:mailto:" + organizer);
        line(out, "ATTENDEE;PARTSTAT=" + partStat + ":mailto:" + attendee);
        line(out, "END:VEVENT");
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** RFC 5545 3.3.11: backslash, semicolon, comma and newline escaped. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n");
    }

    /** RFC 5545 3.1: a content line folded after 75 octets with CRLF and a space, never inside a UTF-8 sequence. */
    private static void line(StringBuilder out, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
