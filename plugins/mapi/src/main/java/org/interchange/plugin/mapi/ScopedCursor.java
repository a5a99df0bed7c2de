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
 * folder resyncs from an empty state, keeping its items ({@link #widens}, {@link FolderSpan}); the cursor says so
 * until that download is complete. Layout: "SPAN", version 1, flags (0x01 a span start follows, 0x02 a resync is
 * under way), the start in epoch milliseconds (8 bytes, big-endian) when flagged, then the ICS state. A cursor
 * without the magic is one stored before spans were recorded: its ICS state as it is, made for an unknown span.
 */
final class ScopedCursor {
    private static final byte[] MAGIC = {'S', 'P', 'A', 'N', 1};
    private static final int HEADER = MAGIC.length + 1;
    private static final int SPAN = 0x01;
    private static final int RESYNC = 0x02;

    private ScopedCursor() {
    }

    /**
     * The cursor to store: {@code icsState} made for the span starting at {@code spanStart} (empty: every age), in a
     * resync that keeps the folder's items when {@code resyncing}.
     */
    static byte[] wrap(Optional<Instant> spanStart, boolean resyncing, byte[] icsState) {
        ByteBuffer out = ByteBuffer.allocate(HEADER + (spanStart.isPresent() ? 8 : 0) + icsState.length);
        out.put(MAGIC).put((byte) ((spanStart.isPresent() ? SPAN : 0) | (resyncing ? RESYNC : 0)));
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

    /** Whether {@code cursor} belongs to a resync that keeps the folder's items and has not completed. */
    static boolean resyncing(byte[] cursor) {
        return recorded(cursor) && cursor.length >= HEADER && (cursor[MAGIC.length] & RESYNC) != 0;
    }

    /**
     * Whether a folder of {@code kind} whose stored cursor is {@code cursor} must resync to keep the span starting at
     * {@code spanStart} (empty: every age): when the cursor was made for a later start, for a span when every age is
     * wanted now, or, for mail, for a span it did not record; a damaged cursor is dropped too.
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
        int flags = cursor[MAGIC.length];
        if ((flags & ~(SPAN | RESYNC)) != 0) {
            throw new IcsStateRejectedException("sync cursor has unknown span flags 0x" + Integer.toHexString(flags));
        }
        if ((flags & SPAN) == 0) {
            return Optional.empty();
        }
        if (cursor.length < HEADER + 8) {
            throw new IcsStateRejectedException("sync cursor of " + cursor.length + " bytes cuts its span");
        }
        return Optional.of(Instant.ofEpochMilli(ByteBuffer.wrap(cursor, HEADER, 8).getLong()));
    }
}
