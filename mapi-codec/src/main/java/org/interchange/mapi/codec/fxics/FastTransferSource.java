package org.interchange.mapi.codec.fxics;

import java.util.Iterator;
import java.util.Objects;

/**
 * The server side of a FastTransfer download, [MS-OXCFXICS] 2.2.3.1.1.5: serializes elements
 * lazily as RopFastTransferSourceGetBuffer asks for buffers of at most a given size. Buffers end
 * between atoms or inside variable-size data, so markers, tags and fixed-size values are never
 * split (a buffer smaller than one atom is the only exception).
 */
public final class FastTransferSource {
    private final Iterator<? extends SyncElement> elements;
    private final FastTransferWriter writer = new FastTransferWriter();
    private int position;

    public FastTransferSource(Iterator<? extends SyncElement> elements) {
        this.elements = Objects.requireNonNull(elements, "elements");
    }

    /** Whether every byte of the stream has been handed out. */
    public boolean isDone() {
        return position == writer.size() && !elements.hasNext();
    }

    /** The next buffer, of 1 to {@code maxSize} bytes; empty only when {@link #isDone()}. */
    public byte[] nextBuffer(int maxSize) {
        if (maxSize <= 0) {
            throw new IllegalArgumentException("buffer size " + maxSize);
        }
        if (position > 0) {
            writer.discard(position);
            position = 0;
        }
        while (writer.size() < maxSize && elements.hasNext()) {
            SyncStreamWriter.write(elements.next(), writer);
        }
        int end = writer.size() <= maxSize ? writer.size() : writer.cutAtOrBefore(0, maxSize);
        position = end;
        return writer.bytes(0, end);
    }
}
