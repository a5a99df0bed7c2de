package org.interchange.plugin.mapi;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.interchange.cache.api.FolderKind;
import org.interchange.mapi.client.ics.IcsStateRejectedException;

/**
 * A folder's sync cursor as the plugin stores it: the ICS state together with the start of the span of mail it was
 * made for, because an ICS state does not record its synchronization scope and must only be used again with the
 * scope it was obtained for ([MS-OXCFXICS] 3.3.5.5). A span that starts later than the recorded one narrows the scope:
 * the server reports what left it (2.2.1.3.2) and the cache evicts it, so the state stays usable. A span that starts
 * earlier, or keeping every age after a span, widens it: the server would not send the older messages again, so the
 * folder syncs from scratch ({@link #widens}). Layout: "SPAN", version 1, 0 (every age) or 1 followed by the start in
 * epoch milliseconds (8 bytes, big-endian), then the ICS state. A cursor without the magic is one stored before spans
 * were recorded: its ICS state as it is, made for an unknown span.
 */
final class ScopedCursor {
    private static final byte[] MAGIC = {'S', 'P', 'A', 'N', 1};
    private static final int HEADER = MAGIC.length + 1;

    private ScopedCursor() {
    }

    /** The cursor to store: {@code icsState} made for the span starting at {@code spanStart} (empty: every age). */
    static byte[] wrap(Optional<Instant> spanStart, byte[] icsState) {
        ByteBuffer out = ByteBuffer.allocate(HEADER + (spanStart.isPresent() ? 8 : 0) + icsState.length);
        out.put(MAGIC).put((byte) (spanStart.isPresent() ? 1 : 0));
        spanStart.ifPresent(t -> out.putLong(t.toEpochMilli()));
        return out.put(icsState).array();
    }

    /** The ICS state to hand the server for a stored {@code cursor} (null: none, a first synchronization). */
    static byte[] icsState(byte[] cursor) {
        if (!recorded(cursor)) {
            return cursor;
        }
        return Arrays.copyOfRange(cursor, HEADER + (recordedStart(cursor).isPresent() ? 8 : 0), cursor.length);
    }

    /**
     * Whether a folder of {@code kind} whose stored cursor is {@code cursor} must sync from scratch to keep the span
     * starting at {@code spanStart} (empty: every age): when the cursor was made for a later start, for a span when
     * every age is wanted now, or, for mail, for a span it did not record; a damaged cursor is dropped too.
     */
    static boolean widens(byte[] cursor, Optional<Instant> spanStart, FolderKind kind) {
        if (cursor == null || cursor.length == 0) {
            return false;
        }
        if (!recorded(cursor)) {
            return kind == FolderKind.MAIL;
        }
        Optional<Instant> made;
        try {
            made = recordedStart(cursor);
        } catch (IcsStateRejectedException damaged) {
            return true;
        }
        return made.isPresent() && (spanStart.isEmpty() || spanStart.get().isBefore(made.get()));
    }

    private static boolean recorded(byte[] cursor) {
        return cursor != null && cursor.length >= MAGIC.length
                && Arrays.equals(cursor, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    private static Optional<Instant> recordedStart(byte[] cursor) {
        if (cursor.length < HEADER) {
            throw new IcsStateRejectedException("sync cursor of " + cursor.length + " bytes has no span");
        }
        return switch (cursor[MAGIC.length]) {
            case 0 -> Optional.empty();
            case 1 -> {
                if (cursor.length < HEADER + 8) {
                    throw new IcsStateRejectedException("sync cursor of " + cursor.length + " bytes cuts its span");
                }
                yield Optional.of(Instant.ofEpochMilli(ByteBuffer.wrap(cursor, HEADER, 8).getLong()));
            }
            default -> throw new IcsStateRejectedException("sync cursor has an unknown span kind "
                    + cursor[MAGIC.length]);
        };
    }
}
