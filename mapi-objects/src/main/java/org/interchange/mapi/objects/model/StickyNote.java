package org.interchange.mapi.objects.model;

import java.time.Instant;
import org.interchange.mapi.objects.PidLid;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.objects.PropertyBag;

/** A note, [MS-OXONOTE] 2.2.1. */
public record StickyNote(String subject, String body, Color color, Instant lastModified) {

    /** PidLidNoteColor values, [MS-OXONOTE] 2.2.1.1. */
    public enum Color { BLUE, GREEN, PINK, YELLOW, WHITE }

    public static StickyNote from(PropertyBag p) {
        int color = (int) p.number(PidLid.NOTE_COLOR, 3);
        return new StickyNote(p.string(PidTag.SUBJECT), p.string(PidTag.BODY),
                Color.values()[Math.clamp(color, 0, 4)], p.time(PidTag.LAST_MODIFICATION_TIME));
    }
}
