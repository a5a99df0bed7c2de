package org.interchange.mapi.objects.ical;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.interchange.mapi.objects.NamedPropertyIds;
import org.interchange.mapi.objects.PidLid;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.objects.PropertyBag;
import org.interchange.mapi.objects.mime.MapiMessage;

/**
 * A note ([MS-OXONOTE] 2.2.1) as a VJOURNAL and back: SUMMARY and DESCRIPTION, DTSTART from the
 * creation time, and the PidLidNoteColor, PidLidNoteWidth and PidLidNoteHeight values in
 * X-INTERCHANGE-NOTE-COLOR (BLUE, GREEN, PINK, YELLOW, WHITE), -WIDTH and -HEIGHT.
 */
public final class NoteICal {
    static final String COLOR = "X-INTERCHANGE-NOTE-COLOR";
    private static final String WIDTH = "X-INTERCHANGE-NOTE-WIDTH";
    private static final String HEIGHT = "X-INTERCHANGE-NOTE-HEIGHT";
    private static final List<String> COLORS = List.of("BLUE", "GREEN", "PINK", "YELLOW", "WHITE");

    private NoteICal() {
    }

    public static ICalComponent toVJournal(MapiMessage note, Instant now) {
        PropertyBag p = note.properties();
        byte[] key = p.bytes(PidTag.SOURCE_KEY);
        ICalComponent c = new ICalComponent("VJOURNAL").add("UID", key != null
                ? HexFormat.of().formatHex(key).toUpperCase(Locale.ROOT) : UUID.randomUUID().toString());
        CommonFields.write(c, p, now);
        Instant created = p.time(PidTag.CREATION_TIME);
        if (created != null) {
            c.add("DTSTART", ICalTime.formatUtc(created));
        }
        c.add(COLOR, COLORS.get((int) Math.clamp(p.number(PidLid.NOTE_COLOR, 3), 0, 4)));
        if (p.has(PidLid.NOTE_WIDTH)) {
            c.add(WIDTH, String.valueOf(p.number(PidLid.NOTE_WIDTH, 0)));
        }
        if (p.has(PidLid.NOTE_HEIGHT)) {
            c.add(HEIGHT, String.valueOf(p.number(PidLid.NOTE_HEIGHT, 0)));
        }
        return c;
    }

    public static MapiMessage fromVJournal(ICalComponent c, NamedPropertyIds ids) {
        try {
            PropertyBag.Builder b = PropertyBag.builder(ids).set(PidTag.MESSAGE_CLASS, "IPM.StickyNote");
            CommonFields.read(c, b);
            if (c.text("SUMMARY") == null && c.text("DESCRIPTION") != null) {
                String firstLine = c.text("DESCRIPTION").lines().findFirst().orElse("");
                b.set(PidTag.SUBJECT, firstLine).set(PidTag.NORMALIZED_SUBJECT, firstLine);
            }
            String color = c.value(COLOR);
            int index = color == null ? 3 : COLORS.indexOf(color.strip().toUpperCase(Locale.ROOT));
            if (index < 0) {
                throw new ICalFormatException(COLOR + ": unknown colour \"" + color + "\"");
            }
            b.set(PidLid.NOTE_COLOR, index);
            b.set(PidLid.NOTE_WIDTH, number(c, WIDTH)).set(PidLid.NOTE_HEIGHT, number(c, HEIGHT));
            if (c.value("CREATED") == null) {
                c.property("DTSTART").map(ICalTime::parse).filter(ICalTime::utc)
                        .ifPresent(t -> b.set(PidTag.CREATION_TIME, t.local().toInstant(ZoneOffset.UTC)));
            }
            return new MapiMessage(b.build(), List.of(), List.of());
        } catch (ICalFormatException e) {
            String subject = c.text("SUMMARY");
            throw new ICalFormatException("note '" + (subject == null ? "" : subject) + "': " + e.getMessage(), e);
        }
    }

    private static Integer number(ICalComponent c, String name) {
        String v = c.value(name);
        if (v == null) {
            return null;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new ICalFormatException(name + ": not a number: \"" + v + "\"", e);
        }
    }
}
