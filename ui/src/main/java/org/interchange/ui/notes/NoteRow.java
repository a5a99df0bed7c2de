package org.interchange.ui.notes;

import java.time.Instant;
import org.interchange.cache.api.ItemDetail;
import org.interchange.cache.api.ItemFields;

/**
 * A sticky note ([MS-OXONOTE] 2.2.1): its text, colour (PidLidNoteColor: 0 blue, 1 green, 2 pink,
 * 3 yellow, 4 white) and last change. {@code itemId} is 0 for a new note.
 */
public record NoteRow(long itemId, String text, int color, Instant modified) {
    public static final int BLUE = 0;
    public static final int GREEN = 1;
    public static final int PINK = 2;
    public static final int YELLOW = 3;
    public static final int WHITE = 4;
    /** Names of the five colours in PidLidNoteColor order. */
    public static final java.util.List<String> COLOR_NAMES = java.util.List.of("Blue", "Green", "Pink", "Yellow", "White");
    /** The colours Outlook paints notes in, in PidLidNoteColor order. */
    public static final java.util.List<String> COLOR_WEB = java.util.List.of("#c6e2ff", "#c9f0c3", "#f8c8dc",
            "#fff6a8", "#f7f7f7");

    public NoteRow {
        text = text == null ? "" : text;
        color = color < BLUE || color > WHITE ? YELLOW : color;
    }

    public static NoteRow of(ItemDetail d) {
        String text = d.bodyText() != null && !d.bodyText().isBlank() ? d.bodyText() : d.summary().subject();
        int color;
        try {
            String value = d.fields().get(ItemFields.NOTE_COLOR);
            color = value == null ? YELLOW : Integer.parseInt(value.strip());
        } catch (NumberFormatException bad) {
            color = YELLOW;
        }
        return new NoteRow(d.summary().id(), text, color, d.summary().date());
    }

    /** The first line, as the list and the subject show it. */
    public String title() {
        String first = text.strip().lines().findFirst().orElse("");
        return first.isEmpty() ? "(empty note)" : first;
    }
}
